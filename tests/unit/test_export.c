/* test_export.c — the escaping of exports and feeds: CSV fields (quotes,
 * line ends, formulas a spreadsheet would run) and XML text (entities,
 * characters XML 1.0 cannot hold). */
#include "web/export.h"
#include "web/feed.h"

static char *
csv(const char *value)
{
    GString *out = g_string_new(NULL);
    zw_csv_field(out, value);
    return g_string_free(out, FALSE);
}

static void
test_csv(void)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"plain", "\"plain\""},
        {"", "\"\""},
        {NULL, "\"\""},
        {"a \"quoted\" word", "\"a \"\"quoted\"\" word\""},
        {"two\r\nlines, and a comma", "\"two\r\nlines, and a comma\""},
        {"=SUM(A1:A2)", "\"'=SUM(A1:A2)\""},
        {"+1", "\"'+1\""},
        {"-2", "\"'-2\""},
        {"@cmd", "\"'@cmd\""},
        {"\tx", "\"'\tx\""},
        {"\rx", "\"'\rx\""},
        {"a=b", "\"a=b\""},
        {"Хүн худалдаалах", "\"Хүн худалдаалах\""},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *got = csv(cases[i].in);
        g_assert_cmpstr(got, ==, cases[i].out);
        g_free(got);
    }
}

static void
test_xml(void)
{
    GString *out = g_string_new(NULL);
    zw_xml_escape(out, "<a href=\"x\">&'</a>");
    g_assert_cmpstr(out->str, ==, "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
    g_string_truncate(out, 0);
    zw_xml_escape(out, "a\x01"
                       "b\tc\nd\xef\xbf\xbe"
                       "e хүн");
    g_assert_cmpstr(out->str, ==, "ab\tc\nde хүн");
    g_string_truncate(out, 0);
    zw_xml_escape(out, NULL);
    g_assert_cmpstr(out->str, ==, "");
    g_string_free(out, TRUE);
}

static void
test_formats(void)
{
    zw_export_format f;
    g_assert_true(zw_export_format_read("csv", &f) && f == ZW_EXPORT_CSV);
    g_assert_true(zw_export_format_read("ris", &f) && f == ZW_EXPORT_RIS);
    g_assert_true(zw_export_format_read("json", &f) && f == ZW_EXPORT_JSON);
    g_assert_false(zw_export_format_read("CSV", &f));
    g_assert_false(zw_export_format_read("xls", &f));
    g_assert_false(zw_export_format_read(NULL, &f));
    g_assert_cmpstr(zw_export_media_type(ZW_EXPORT_CSV), ==, "text/csv; charset=utf-8; header=present");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/export/csv-fields", test_csv);
    g_test_add_func("/export/xml-text", test_xml);
    g_test_add_func("/export/formats", test_formats);
    return g_test_run();
}
