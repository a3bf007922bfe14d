/* repeats.c — parts a unit's text numbers alike, keyed apart (repeats.h).
 *
 * Not for: which unit a note is about (amendments.c).
 */
#include "indexer/repeats.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "legal/amendment.h"

/* `key` with its first `n` bytes (a part's key) replaced by `by`, when
 * they are the whole key or a dot follows them; else NULL. */
static char *
under(const char *key, const char *old, const char *by)
{
    size_t n = strlen(old);
    if (key == NULL || strncmp(key, old, n) != 0 || (key[n] != '\0' && key[n] != '.'))
        return NULL;
    return g_strconcat(by, key + n, NULL);
}

static int
depth(const char *key)
{
    int d = 1;
    for (const char *p = key; *p; p++)
        d += *p == '.';
    return d;
}

/* The shallowest key two parts share, or NULL (borrowed). */
static const char *
first_repeat(const zr_unit *u)
{
    const char *found = NULL;
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < u->parts->len; i++) {
        const zr_part *p = g_ptr_array_index(u->parts, i);
        if (!g_hash_table_add(seen, p->key) && (found == NULL || depth(p->key) < depth(found)))
            found = p->key;
    }
    g_hash_table_destroy(seen);
    return found;
}

void
ix_key_repeated_parts(zr_unit *u, GHashTable *keepers)
{
    if (u->parts == NULL)
        return;
    /* Each round keys one number's occurrences apart, and with them their
     * points, which two occurrences may number alike too. */
    for (const char *repeat; (repeat = first_repeat(u)) != NULL;) {
        char *number = g_strdup(repeat);
        GPtrArray *at = g_ptr_array_new();
        for (guint i = 0; i < u->parts->len; i++) {
            zr_part *p = g_ptr_array_index(u->parts, i);
            if (strcmp(p->key, number) == 0)
                g_ptr_array_add(at, p);
        }
        gpointer kept = keepers != NULL ? g_hash_table_lookup(keepers, number) : NULL;
        guint keeper = kept != NULL && (guint)GPOINTER_TO_INT(kept) <= at->len ? (guint)GPOINTER_TO_INT(kept) : at->len;
        for (guint k = 0; k < at->len; k++) {
            if (k + 1 == keeper)
                continue;
            zr_part *occ = g_ptr_array_index(at, k);
            char *key = zl_occurrence_key(number, (int)k + 1);
            /* Its points follow it, numbered under it, up to the first item
             * that is not (a part's range may end at its first point). */
            guint i = 0;
            while (g_ptr_array_index(u->parts, i) != occ)
                i++;
            for (; i < u->parts->len; i++) {
                zr_part *p = g_ptr_array_index(u->parts, i);
                char *rekeyed = p == occ || strcmp(p->key, number) != 0 ? under(p->key, number, key) : NULL;
                if (rekeyed == NULL)
                    break;
                g_free(p->key);
                p->key = rekeyed;
            }
            g_free(key);
        }
        g_ptr_array_unref(at);
        g_free(number);
    }
}

/* Renames `from` (and the points under it) to `to` in the history. */
static void
rename_history(GPtrArray *history, const char *from, const char *to)
{
    for (guint i = 0; history != NULL && i < history->len; i++) {
        zr_amendment *a = g_ptr_array_index(history, i);
        char *k = under(a->part, from, to);
        if (k != NULL) {
            g_free(a->part);
            a->part = k;
        }
    }
}

static void
rename_parts(GPtrArray *parts, const char *from, const char *to)
{
    for (guint i = 0; i < parts->len; i++) {
        zr_part *p = g_ptr_array_index(parts, i);
        char *k = under(p->key, from, to);
        if (k != NULL) {
            g_free(p->key);
            p->key = k;
        }
    }
}

void
ix_settle_repeated_parts(zr_unit *u, GHashTable *keepers)
{
    if (u->parts == NULL || u->amendments == NULL)
        return;
    zl_sort_history(u->amendments);
    for (guint i = 0; i < u->parts->len; i++) {
        const zr_part *holder = g_ptr_array_index(u->parts, i);
        if (strchr(holder->key, '#') != NULL || !zl_part_repealed(u, holder->key, NULL, NULL))
            continue;
        /* The number's occurrences keyed apart: "16.3#1", "16.3#2" … by
         * their places; the holder's place is the one none of them has. */
        char *number = g_strdup(holder->key);
        size_t n = strlen(number);
        guint places = 0;
        int alive = 0;
        for (guint k = 0; k < u->parts->len; k++) {
            const zr_part *p = g_ptr_array_index(u->parts, k);
            if (strncmp(p->key, number, n) != 0 || p->key[n] != '#' || strchr(p->key + n + 1, '.') != NULL)
                continue;
            places++;
            int place = atoi(p->key + n + 1);
            if (!zl_part_repealed(u, p->key, NULL, NULL) && place > alive)
                alive = place;
        }
        if (places == 0 || alive == 0) {
            g_free(number);
            continue;
        }
        /* The holder's own place: the one of 1 … places + 1 no key has. */
        int own = (int)places + 1;
        for (int place = 1; place <= (int)places + 1; place++) {
            char *key = zl_occurrence_key(number, place);
            bool taken = false;
            for (guint k = 0; k < u->parts->len && !taken; k++)
                taken = strcmp(((const zr_part *)g_ptr_array_index(u->parts, k))->key, key) == 0;
            g_free(key);
            if (!taken) {
                own = place;
                break;
            }
        }
        char *was = zl_occurrence_key(number, own), *living = zl_occurrence_key(number, alive);
        const char *swap = "#swap";
        char *aside = g_strconcat(number, swap, NULL);
        rename_history(u->amendments, number, aside);
        rename_parts(u->parts, number, aside);
        rename_history(u->amendments, living, number);
        rename_parts(u->parts, living, number);
        rename_history(u->amendments, aside, was);
        rename_parts(u->parts, aside, was);
        if (keepers != NULL)
            g_hash_table_insert(keepers, g_strdup(number), GINT_TO_POINTER(alive));
        g_free(aside);
        g_free(was);
        g_free(living);
        g_free(number);
    }
}
