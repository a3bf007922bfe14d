/* test_web_dates.c — dates as the pages show them (web/html.h): in words
 * in the interface's language, the day kept in <time datetime>, and what
 * is no date left as it is. */
#include "web/html.h"

static void
test_words(void)
{
    static const struct {
        const char *date, *mn, *en;
    } cases[] = {
        {"2024-03-15", "2024 оны 3 сарын 15", "15 March 2024"},
        {"2017-05-11", "2017 оны 5 сарын 11", "11 May 2017"},
        {"1999-12-01", "1999 оны 12 сарын 1", "1 December 1999"},
        {"2017-05", "2017 оны 5 сар", "May 2017"},
        {"2000", "2000 он", "2000"},
        /* Not a date of record.h's forms: no words. */
        {"2024-13-01", NULL, NULL},
        {"2024-02-32", NULL, NULL},
        {"2024-3-15", NULL, NULL},
        {"2024-03-15T10:00", NULL, NULL},
        {"15.03.2024", NULL, NULL},
        {"?", NULL, NULL},
        {"", NULL, NULL},
        {NULL, NULL, NULL},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *mn = zw_date_words(ZW_UI_MN, cases[i].date);
        char *en = zw_date_words(ZW_UI_EN, cases[i].date);
        g_assert_cmpstr(mn, ==, cases[i].mn);
        g_assert_cmpstr(en, ==, cases[i].en);
        g_free(mn);
        g_free(en);
    }
}

/* What `write` puts on a page in language `ui`. */
static char *
page_of(zw_ui ui, void (*write)(zw_html *))
{
    zw_html *html = zw_html_new(ui);
    write(html);
    GBytes *bytes = zw_html_finish(html);
    gsize n = 0;
    const char *data = g_bytes_get_data(bytes, &n);
    char *out = g_strndup(data, n);
    g_bytes_unref(bytes);
    return out;
}

static void
write_time(zw_html *html)
{
    zw_html_time(html, "2024-03-15");
    zw_html_raw(html, "|");
    zw_html_time(html, "?");
    zw_html_raw(html, "|");
    zw_html_time(html, NULL);
    zw_html_raw(html, "|");
    zw_html_date(html, "2024-03");
}

static void
write_formats(zw_html *html)
{
    zw_html_timef(html, "in force %s to %s <100%%>", "2017-07-01", "2022-12-31");
    zw_html_raw(html, "|");
    zw_html_timef(html, "repealed on %s", "?", NULL);
}

static void
test_html(void)
{
    char *mn = page_of(ZW_UI_MN, write_time);
    g_assert_cmpstr(mn, ==,
                    "<time datetime=\"2024-03-15\">2024 оны 3 сарын 15</time>|?||"
                    "<span><time datetime=\"2024-03\">2024 оны 3 сар</time></span>");
    char *en = page_of(ZW_UI_EN, write_time);
    g_assert_cmpstr(en, ==,
                    "<time datetime=\"2024-03-15\">15 March 2024</time>|?||"
                    "<span><time datetime=\"2024-03\">March 2024</time></span>");
    /* Each %s a date in turn; the format's own text escaped, %% a %. */
    char *f = page_of(ZW_UI_EN, write_formats);
    g_assert_cmpstr(f, ==,
                    "in force <time datetime=\"2017-07-01\">1 July 2017</time> to "
                    "<time datetime=\"2022-12-31\">31 December 2022</time> &lt;100%&gt;|repealed on ?");
    g_free(mn);
    g_free(en);
    g_free(f);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/web/dates/words", test_words);
    g_test_add_func("/web/dates/html", test_html);
    return g_test_run();
}
