/* test_web_guard.c — the server's defences that need no running server.
 *
 * Proves: the answer cache's key tells apart requests the old "\x1f"-joined
 * key confused (a q= holding the separators, a parameter split differently,
 * another access level, language, day or revision), and is the same for the
 * same request; the Host check accepts the listening address, localhost and
 * --host names (with their ports) and refuses other names, other ports and
 * malformed values; the request bounds refuse page= out of 1..1000 on /search
 * only and q= over 256 characters (counted in characters, not bytes); a
 * query given back cut to the bound is cut before a word it would split.
 *
 * Not for: the deadline and connection limits (tests/t86-http-attacks.sh
 * runs a server against slow clients).
 */
#include <glib.h>
#include <stdarg.h>
#include <string.h>

#include "web/cache.h"
#include "web/guard.h"
#include "web/server.h"
#include "web/web.h"

static void
param_free(gpointer data)
{
    zw_param *p = data;
    g_free(p->key);
    g_free(p->value);
    g_free(p);
}

/* Parameters from "k", "v", "k", "v", …, NULL. */
static GPtrArray *
params_of(const char *first, ...)
{
    GPtrArray *a = g_ptr_array_new_with_free_func(param_free);
    va_list ap;
    va_start(ap, first);
    for (const char *k = first; k != NULL; k = va_arg(ap, const char *)) {
        zw_param *p = g_new0(zw_param, 1);
        p->key = g_strdup(k);
        p->value = g_strdup(va_arg(ap, const char *));
        g_ptr_array_add(a, p);
    }
    va_end(ap);
    return a;
}

static char *
key_of(int level, zw_ui ui, const char *day, const char *rev, const char *path, GPtrArray *params)
{
    char *key = zw_cache_key_for(level, ui, day, rev, path, params);
    g_ptr_array_unref(params);
    return key;
}

static void
test_cache_key_cannot_collide(void)
{
    char *normal =
        key_of(0, ZW_UI_MN, "20250101", "1.2.3;", "/api/search", params_of("q", "trafficking", "type", "code", NULL));
    char *again =
        key_of(0, ZW_UI_MN, "20250101", "1.2.3;", "/api/search", params_of("q", "trafficking", "type", "code", NULL));
    g_assert_cmpstr(normal, ==, again);
    g_assert_cmpuint(strlen(normal), ==, 64);
    const char *others[] = {
        /* the poisoning request of issue 20 */
        key_of(0, ZW_UI_MN, "20250101", "1.2.3;", "/api/search", params_of("q", "trafficking\x1ftype=code", NULL)),
        /* the same bytes split at another place */
        key_of(0, ZW_UI_MN, "20250101", "1.2.3;", "/api/search",
               params_of("q", "trafficking", "type", "cod", "e", "", NULL)),
        key_of(0, ZW_UI_MN, "20250101", "1.2.3;", "/api/search", params_of("q=trafficking", "", "type", "code", NULL)),
        key_of(0, ZW_UI_MN, "20250101", "1.2.3;", "/api/search", params_of("type", "code", "q", "trafficking", NULL)),
        key_of(1, ZW_UI_MN, "20250101", "1.2.3;", "/api/search", params_of("q", "trafficking", "type", "code", NULL)),
        key_of(0, ZW_UI_EN, "20250101", "1.2.3;", "/api/search", params_of("q", "trafficking", "type", "code", NULL)),
        key_of(0, ZW_UI_MN, "20250102", "1.2.3;", "/api/search", params_of("q", "trafficking", "type", "code", NULL)),
        key_of(0, ZW_UI_MN, "20250101", "1.2.4;", "/api/search", params_of("q", "trafficking", "type", "code", NULL)),
        key_of(0, ZW_UI_MN, "20250101", "1.2.3;", "/search", params_of("q", "trafficking", "type", "code", NULL)),
        /* the old key's fields ran into each other too */
        key_of(0, ZW_UI_MN, "20250101", "1.2.3;\x1f/api/search", "",
               params_of("q", "trafficking", "type", "code", NULL)),
    };
    for (gsize i = 0; i < G_N_ELEMENTS(others); i++) {
        g_assert_cmpstr(others[i], !=, normal);
        for (gsize j = 0; j < i; j++)
            g_assert_cmpstr(others[i], !=, others[j]);
    }
    for (gsize i = 0; i < G_N_ELEMENTS(others); i++)
        g_free((char *)others[i]);
    g_free(normal);
    g_free(again);
}

static void
test_hosts_name_this_server(void)
{
    const char *extra[] = {"zaalt.example", "Proxy.Example:8443", NULL};
    zw_hosts *h = zw_hosts_new("127.0.0.1", extra);
    zw_hosts_set_port(h, 8080);
    const char *good[] = {NULL,
                          "",
                          "127.0.0.1",
                          "127.0.0.1:8080",
                          "localhost",
                          "localhost:8080",
                          "LocalHost.:8080",
                          "zaalt.example",
                          "zaalt.example:443",
                          "ZAALT.EXAMPLE.",
                          "proxy.example:8443"};
    for (gsize i = 0; i < G_N_ELEMENTS(good); i++)
        g_assert_true(zw_hosts_allow(h, good[i]));
    const char *bad[] = {"evil.example",
                         "evil.example:8080",
                         "localhost:8081",
                         "127.0.0.1:80",
                         "127.0.0.2:8080",
                         "[::1]:8080",
                         "proxy.example",
                         "proxy.example:8080",
                         "localhost.evil.example",
                         "zaalt.example.evil",
                         "a:b:c",
                         "[::1",
                         ":8080",
                         "localhost:",
                         "localhost:99999",
                         "localhost:8080x"};
    for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
        if (zw_hosts_allow(h, bad[i]))
            g_error("Host '%s' was accepted", bad[i]);
    }
    zw_hosts_free(h);

    /* On a wildcard address: any numeric address, still no foreign name. */
    h = zw_hosts_new("::", NULL);
    zw_hosts_set_port(h, 80);
    g_assert_true(zw_hosts_allow(h, "[2001:db8::7]"));
    g_assert_true(zw_hosts_allow(h, "192.0.2.4:80"));
    g_assert_true(zw_hosts_allow(h, "[::]"));
    g_assert_false(zw_hosts_allow(h, "192.0.2.4:81"));
    g_assert_false(zw_hosts_allow(h, "evil.example"));
    zw_hosts_free(h);

    g_assert_true(zw_host_name_is_valid("zaalt.example"));
    g_assert_true(zw_host_name_is_valid("zaalt.example:8443"));
    g_assert_true(zw_host_name_is_valid("[2001:db8::1]:80"));
    g_assert_false(zw_host_name_is_valid("a b"));
    g_assert_false(zw_host_name_is_valid("zaalt.example:http"));
    g_assert_false(zw_host_name_is_valid(""));
}

/* zw_guard_check_request's verdict on `path` with `params` (taken). */
static bool
request_ok(const char *path, GPtrArray *params, unsigned *status)
{
    zw_request req = {.method = "GET", .path = path, .params = params, .ui = ZW_UI_EN};
    zw_refusal refusal = {0};
    bool ok = zw_guard_check_request(&req, &refusal);
    *status = ok ? 200 : refusal.status;
    g_assert_true(ok == (refusal.message == NULL));
    g_free(refusal.message);
    g_ptr_array_unref(params);
    return ok;
}

static void
test_request_bounds(void)
{
    unsigned status;
    g_assert_true(request_ok("/search", params_of("q", "x", "page", "1000", NULL), &status));
    g_assert_true(request_ok("/search", params_of("page", "", NULL), &status));
    g_assert_true(request_ok("/api/search", params_of("page", "5000", NULL), &status));
    const char *bad_pages[] = {"1001", "0", "-1", "abc", "1e3", "99999999999999999999", " 2"};
    for (gsize i = 0; i < G_N_ELEMENTS(bad_pages); i++) {
        g_assert_false(request_ok("/search", params_of("page", bad_pages[i], NULL), &status));
        g_assert_cmpuint(status, ==, 400);
    }
    /* 256 Cyrillic letters are 512 bytes: characters count, not bytes. */
    GString *q = g_string_new(NULL);
    for (int i = 0; i < 256; i++)
        g_string_append(q, "ө");
    g_assert_true(request_ok("/search", params_of("q", q->str, NULL), &status));
    g_string_append_c(q, 'x');
    g_assert_false(request_ok("/api/suggest", params_of("q", q->str, NULL), &status));
    g_assert_cmpuint(status, ==, 400);
    g_string_free(q, TRUE);
}

/* A body is refused by what it declares, before a byte of it is read. */
static void
test_body_bounds(void)
{
    g_assert_true(zw_guard_body_fits(NULL)); /* none, or chunked */
    g_assert_true(zw_guard_body_fits("0"));
    g_assert_true(zw_guard_body_fits("65536"));
    g_assert_true(zw_guard_body_fits(" 4096"));
    g_assert_false(zw_guard_body_fits("65537"));
    g_assert_false(zw_guard_body_fits("1000000000"));
    g_assert_false(zw_guard_body_fits("99999999999999999999999")); /* past 2^64 */
    zw_refusal refusal = {0};
    zw_guard_body_too_large(ZW_UI_EN, &refusal);
    g_assert_cmpuint(refusal.status, ==, 413);
    g_assert_cmpstr(refusal.message, ==, "The request's body is too large: it may have at most 64 KB.");
    g_free(refusal.message);
}

/* A search over the bound comes back in its box cut to it: never inside a
 * word (which would be searched as another word), counted in characters. */
static void
test_query_cut(void)
{
    char *cut = zw_query_cut("хохирогч хүүхэд хил", 14);
    g_assert_cmpstr(cut, ==, "хохирогч");
    g_free(cut);
    cut = zw_query_cut("border crossing child", 15);
    g_assert_cmpstr(cut, ==, "border crossing");
    g_free(cut);
    cut = zw_query_cut("border  crossing child", 8);
    g_assert_cmpstr(cut, ==, "border");
    g_free(cut);
    cut = zw_query_cut("худалдаалах", 4);
    g_assert_cmpstr(cut, ==, "худа");
    g_free(cut);
    cut = zw_query_cut("13.1 хүүхэд", 256);
    g_assert_cmpstr(cut, ==, "13.1 хүүхэд");
    g_free(cut);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/web-guard/cache-key-cannot-collide", test_cache_key_cannot_collide);
    g_test_add_func("/web-guard/hosts-name-this-server", test_hosts_name_this_server);
    g_test_add_func("/web-guard/request-bounds", test_request_bounds);
    g_test_add_func("/web-guard/query-cut-at-a-word", test_query_cut);
    g_test_add_func("/web-guard/body-bounds", test_body_bounds);
    return g_test_run();
}
