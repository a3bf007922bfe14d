/* citeterms.c — boolean terms and values for citations, decision numbers,
 * parts, laws, court levels and in-force dates (citeterms.h).
 *
 * Ancestors are expanded here, at index time, so that cites:13.1 is one
 * term lookup whichever depth the reference was written at; the query side
 * never needs a wildcard.
 */
#include "legal/citeterms.h"
#include "legal/amendment.h"

#include "legal/provision.h"
#include "core/schema.h"

#include <string.h>

/* Xapian's term length limit is 245 bytes; keep clear of it. */
#define ZS_MAX_TERM 240

static void
add_term(zx_doc *xd, GHashTable *seen, const char *prefix, const char *value)
{
    if (value == NULL || *value == '\0')
        return;
    char *t = g_strconcat(prefix, value, NULL);
    if (strlen(t) >= ZS_MAX_TERM || g_hash_table_contains(seen, t)) {
        g_free(t);
        return;
    }
    zx_doc_add_boolean(xd, t);
    g_hash_table_add(seen, t); /* the set owns it now */
}

static void
add_cited(zx_doc *xd, GHashTable *seen, const char *key)
{
    GPtrArray *keys = zp_key_ancestors(key);
    for (guint i = 0; i < keys->len; i++)
        add_term(xd, seen, ZS_P_CITES, g_ptr_array_index(keys, i));
    g_ptr_array_unref(keys);
}

/* XM terms (schema.h) for another law's `key` the unit cites, under the
 * mark of the name it was cited by (`marks`: zr_unit.cite_marks), or
 * unnamed. */
static void
add_cited_marks(zx_doc *xd, GHashTable *seen, const char *key, const GPtrArray *marks)
{
    if (!zp_key_of_other_law(key))
        return;
    GPtrArray *named = g_ptr_array_new();
    size_t n = strlen(key);
    for (guint i = 0; marks != NULL && i < marks->len; i++) {
        const char *entry = g_ptr_array_index(marks, i);
        if (strncmp(entry, key, n) == 0 && entry[n] == '\t')
            g_ptr_array_add(named, (gpointer)(entry + n + 1));
    }
    if (named->len == 0)
        g_ptr_array_add(named, (gpointer) "");
    GPtrArray *keys = zp_key_ancestors(key);
    for (guint i = 0; i < keys->len; i++)
        for (guint j = 0; j < named->len; j++) {
            char *value = g_strconcat(g_ptr_array_index(keys, i), "@", g_ptr_array_index(named, j), NULL);
            add_term(xd, seen, ZS_P_CITES_MARK, value);
            g_free(value);
        }
    g_ptr_array_unref(keys);
    g_ptr_array_unref(named);
}

char *
zs_compact_date(const char *date, const char *open_value)
{
    if (date == NULL || strlen(date) < 10 || date[4] != '-' || date[7] != '-')
        return g_strdup(open_value);
    char compact[9] = {date[0], date[1], date[2], date[3], date[5], date[6], date[8], date[9], 0};
    for (int i = 0; i < 8; i++)
        if (!g_ascii_isdigit(compact[i]))
            return g_strdup(open_value);
    return g_strdup(compact);
}

void
zs_add_citation_terms(zx_doc *xd, const zr_doc *doc, const zr_unit *unit)
{
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; unit->cites != NULL && i < unit->cites->len; i++) {
        add_cited(xd, seen, g_ptr_array_index(unit->cites, i));
        add_cited_marks(xd, seen, g_ptr_array_index(unit->cites, i), unit->cite_marks);
    }
    for (guint i = 0; doc->articles != NULL && i < doc->articles->len; i++)
        add_cited(xd, seen, g_ptr_array_index(doc->articles, i));

    gboolean decision = doc->type != NULL && strcmp(doc->type, "decision") == 0;
    if (decision) {
        /* As written, and as a reference's key writes it (2023/ШЦТ/077 is
         * 2023/ШЦТ/77), which is how number: and other decisions' citations
         * look it up. */
        add_term(xd, seen, ZS_P_NUMBER, doc->case_number);
        char *key = doc->case_number != NULL ? zp_parse_query_ref(doc->case_number) : NULL;
        add_term(xd, seen, ZS_P_NUMBER, key);
        g_free(key);
    }
    /* Parts of another law's articles are qualified by its acronym, so
     * provision:13.1.2 means the Criminal Code's and never, say, part 13.1
     * of article 13 of the anti-trafficking law (XPХХТТХ:13.1). */
    gboolean code = doc->law == NULL || strcmp(doc->law, "ЭХ") == 0;
    /* An article's repealed parts (their own index document) are not
     * its provisions: provision: finds the article. */
    for (guint i = 0; unit->parts != NULL && unit->repealed_parts == NULL && i < unit->parts->len; i++) {
        /* Cited by its number: two parts the text numbers alike are both
         * that number (amendment.h zl_occurrence_key). */
        char *key = zl_part_number(((const zr_part *)g_ptr_array_index(unit->parts, i))->key);
        char *qualified = code ? g_strdup(key) : g_strconcat(doc->law, ":", key, NULL);
        add_term(xd, seen, ZS_P_PROVISION, qualified);
        g_free(qualified);
        g_free(key);
    }
    if (!code && unit->provision != NULL && unit->repealed_parts == NULL &&
        g_strcmp0(unit->kind, ZS_KIND_PENDING_PARTS) != 0) {
        char *qualified = g_strconcat(doc->law, ":", unit->provision, NULL);
        add_term(xd, seen, ZS_P_PROVISION, qualified);
        g_free(qualified);
    }
    add_term(xd, seen, ZS_P_LAW, doc->law);
    if (!code && strcmp(doc->law, "2002") != 0) {
        char *mark = zp_law_mark_for(doc->title, doc->law);
        add_term(xd, seen, ZS_P_LAW_MARK, mark);
        g_free(mark);
    }
    if (doc->court_level != NULL) {
        add_term(xd, seen, ZS_P_LEVEL, doc->court_level);
        zx_doc_set_value(xd, ZS_SLOT_LEVEL, doc->court_level, strlen(doc->court_level));
    }
    /* A statute whose start the text gives no day for ("… нийтэлснээс
     * хойш арав хоногийн дараа", indexer/lawstatus.c) says no valid_from,
     * yet was no law before it was adopted: a search of an earlier day
     * leaves it out. */
    const char *since = unit->valid_from;
    if (since == NULL && g_strcmp0(doc->type, "code") == 0 && doc->date != NULL && strlen(doc->date) == 10)
        since = doc->date;
    char *from = zs_compact_date(since, "00000000");
    char *to = zs_compact_date(unit->valid_to, "99999999");
    zx_doc_set_value(xd, ZS_SLOT_VALID_FROM, from, strlen(from));
    zx_doc_set_value(xd, ZS_SLOT_VALID_TO, to, strlen(to));
    if (strcmp(to, "99999999") != 0)
        zx_doc_set_value(xd, ZS_SLOT_ENDS, to, strlen(to));
    g_free(from);
    g_free(to);
    g_hash_table_destroy(seen);
}
