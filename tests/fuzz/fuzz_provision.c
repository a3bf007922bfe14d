/* fuzz_provision.c — libFuzzer target: the provision-reference parser
 * (every reference in a text, and a whole query as one reference), with the
 * helpers that take its keys apart.  Any input: keys or nothing, never a
 * crash, a hang or a leak. */
#include "legal/provision.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    char *text = g_strndup((const char *)data, size);
    GPtrArray *refs = zp_find_refs(text);
    for (guint i = 0; i < refs->len; i++) {
        const zp_ref *r = g_ptr_array_index(refs, i);
        GPtrArray *anc = zp_key_ancestors(r->key);
        g_ptr_array_unref(anc);
        char *law = NULL;
        char *bare = zp_split_key(r->key, &law);
        g_free(bare);
        g_free(law);
    }
    g_ptr_array_unref(refs);
    char *key = zp_parse_query_ref(text);
    if (key) {
        char *label = zp_provision_label("Эрүүгийн хууль", text, key, size % 2 ? "mn" : "en");
        g_free(label);
        g_free(key);
    }
    char *acr = zp_law_acronym(text);
    g_free(acr);
    g_free(text);
    return 0;
}
