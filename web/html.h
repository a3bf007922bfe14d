/* html.h — the page builder every HTML response is written with, and the
 * interface strings in Mongolian and English.
 *
 * Escaping is by construction: text reaches a page only through
 * zw_html_text(), which escapes it (it is also safe inside a double-quoted
 * attribute).  zw_html_raw() accepts nothing but a string literal — the macro
 * pastes "" around its argument, so passing a variable does not compile.  The
 * one exception is zw_html_snippet(), which takes a search hit and inserts its
 * snippet as the search library made it (already escaped, with <mark> tags).
 *
 * Not for: deciding what a page says (routes_*.c).
 */
#ifndef ZAALT_WEB_HTML_H
#define ZAALT_WEB_HTML_H

#include <glib.h>

#include "search/search.h"
#include "web/web.h"

typedef struct zw_html {
    GString *out;
    zw_ui ui;
} zw_html;

zw_html *zw_html_new(zw_ui ui);
/* Frees the builder and returns the page. */
GBytes *zw_html_finish(zw_html *html);

/* THE escaping function: writes `text` (invalid UTF-8 is repaired) with
 * & < > " ' escaped.  NULL writes nothing. */
void zw_html_text(zw_html *html, const char *text);
/* printf then zw_html_text. */
void zw_html_textf(zw_html *html, const char *format, ...) G_GNUC_PRINTF(2, 3);

#define zw_html_raw(html, literal) zw_html_raw_literal_((html), "" literal "")
void zw_html_raw_literal_(zw_html *html, const char *literal);

/* A hit's snippet as the search library escaped and marked it. */
void zw_html_snippet(zw_html *html, const zs_hit *hit);
/* The same for the hit's passage `i` (zs_hit.passages): the search
 * library's escaped text with <mark> tags. */
void zw_html_passage(zw_html *html, const zs_hit *hit, guint i);

/* <a href="HREF">TEXT</a>, both escaped; `href` must be a site-relative URL
 * built with zw_url_*. */
void zw_html_link(zw_html *html, const char *href, const char *text);
/* ---- dates in the page's language ----
 * Every date a page shows goes through zw_date_words(), so both interfaces
 * say the same day the same way; the value stays machine-readable in a
 * <time datetime="YYYY-MM-DD"> around it. */

/* "2024 оны 3 сарын 15" (Mongolian) or "15 March 2024" (English) for
 * YYYY-MM-DD; "2024 оны 3 сар" / "March 2024" for YYYY-MM; "2024 он" /
 * "2024" for YYYY.  NULL for anything else (NULL included).  Newly
 * allocated. */
char *zw_date_words(zw_ui ui, const char *date);
/* <time datetime="D">the date in words</time>; text that is no date
 * (an unknown "?") is written escaped as it is; nothing for NULL. */
void zw_html_time(zw_html *html, const char *date);
/* <span>zw_html_time</span> (one item of a "meta" line); nothing for NULL. */
void zw_html_date(zw_html *html, const char *date);
/* Writes `format` (an interface string) escaped, each "%s" in it, in turn,
 * a zw_html_time() of `first`, then of `second`; "%%" is "%".  A format
 * with other arguments is filled first, its "%s" passed as "%s". */
void zw_html_timef(zw_html *html, const char *format, const char *first, const char *second);
/* In the English interface, a unit's unofficial English heading (label_en)
 * beside its Mongolian one, marked as the team's translation; nothing in
 * the Mongolian interface or when there is none. */
void zw_html_label_en(zw_html *html, const char *label_en);
/* One document in a "cited by" list: linked title, court, date. */
void zw_html_decision_item(zw_html *html, const zs_hit *hit);
/* "See all N in search": a link to the decisions whose `field` is `value`. */
void zw_html_see_all_decisions(zw_html *html, const char *field, const char *value, unsigned total);

/* Page frame: doctype, head (title, stylesheet), the header with the search
 * box (prefilled with `query`, may be NULL; autofocus on the start page,
 * `title` NULL) and the language switch, which links to `switch_href`.  zw_html_end closes it with the footer. */
void zw_html_begin(zw_html *html, const char *title, const char *query, const GPtrArray *hidden_filters,
                   const char *switch_href);
void zw_html_end(zw_html *html);

/* Starts a page for `req`: zw_html_new + zw_html_begin with the language
 * switch pointing at this same URL in the other language. */
zw_html *zw_page_begin(const zw_request *req, const char *title, const char *query, const GPtrArray *hidden_filters);

/* ---- URLs ---- */

/* This request's path and parameters with ui= set to the other language. */
char *zw_switch_url(const zw_request *req);

/* Appends "?key=value" or "&key=value" to `url`, percent-encoding both. */
void zw_url_add(GString *url, const char *key, const char *value);

/* ---- interface strings ---- */

typedef enum {
    ZW_S_SITE_NAME,
    ZW_S_TAGLINE,
    ZW_S_SEARCH_LABEL,
    ZW_S_SEARCH_BUTTON,
    ZW_S_SEARCH_HINT,
    ZW_S_SWITCH_LANG,
    ZW_S_RESULTS_TITLE,
    ZW_S_RESULTS_COUNT_FMT,  /* %u documents, %.0f ms */
    ZW_S_RESULTS_COUNT1_FMT, /* the same for exactly one document */
    ZW_S_NO_RESULTS,
    ZW_S_NO_RESULTS_HINT,
    ZW_S_MISSING_SHARDS,     /* some databases did not answer (their names follow) */
    ZW_S_MORE_FMT,           /* %u more matches */
    ZW_S_OCR_FMT,            /* text recognised by OCR (%d: confidence) */
    ZW_S_IN_FORCE_FROM_FMT,  /* in force from %s (today's text) */
    ZW_S_IN_FORCE_RANGE_FMT, /* in force from %s to %s */
    ZW_S_PAGE_FMT,           /* page %d (of a PDF) */
    ZW_S_PART_FMT,           /* part %d (a unit with no label or page) */
    ZW_S_WINDOW_FMT,         /* a long document: parts %u to %u of %u shown */
    ZW_S_WINDOW_EARLIER,     /* link to the parts before those shown */
    ZW_S_WINDOW_LATER,       /* link to the parts after those shown */
    ZW_S_PAGES_FMT,          /* results page %u of %u */
    ZW_S_PREV,
    ZW_S_NEXT,
    ZW_S_REFINE,
    ZW_S_ACTIVE_FILTERS,
    ZW_S_REMOVE_FILTER,
    ZW_S_BAD_QUERY,
    ZW_S_NOT_FOUND,
    ZW_S_NOT_FOUND_DOC,
    ZW_S_BAD_REQUEST,
    ZW_S_TOO_LONG,
    ZW_S_UNAVAILABLE,
    ZW_S_INTERNAL,
    ZW_S_DOWNLOAD,
    ZW_S_MATCHES_HERE,
    ZW_S_NO_MATCHES_HERE,
    ZW_S_GO_TO_UNIT,
    ZW_S_DETAILS,
    ZW_S_RESULTS_NAV,
    ZW_S_BACK_HOME,
    ZW_S_FOOTER,
    /* document details that are no field of the table (core/schema.h) */
    ZW_S_F_CASE_NUMBER,
    ZW_S_F_PATH,
    ZW_S_F_FORMAT,
    /* page frame */
    ZW_S_SKIP,
    ZW_S_HELP_SUMMARY,
    ZW_S_HELP_WORDS,
    ZW_S_HELP_PHRASE,
    ZW_S_HELP_OR,
    ZW_S_HELP_NOT,
    ZW_S_HELP_FIELD,
    ZW_S_HELP_PROVISION,
    ZW_S_HELP_RANGE,
    ZW_S_HELP_NEAR,
    ZW_S_HELP_SENTENCE,
    ZW_S_HELP_EXACT,
    ZW_S_HELP_PREFIX,
    ZW_S_EXPORT,
    ZW_S_EXPORT_CSV,
    ZW_S_EXPORT_RIS,
    ZW_S_FEED,
    ZW_S_SIMILAR,
    ZW_S_HELP_YOU_TYPE,
    ZW_S_HELP_IT_FINDS,
    ZW_S_LANG_NAV,
    /* results page */
    ZW_S_SORT_LABEL,
    ZW_S_SORT_RELEVANCE,
    ZW_S_SORT_NEWEST,
    ZW_S_SORT_OLDEST,
    ZW_S_APPLY,
    ZW_S_CLEAR_FILTERS,
    ZW_S_DID_YOU_MEAN,
    ZW_S_SEARCHED_AS,
    ZW_S_SEARCH_AS_TYPED,
    ZW_S_TRY_SCRIPT,
    ZW_S_TRY_WITHOUT,
    ZW_S_ERROR_HERE,
    ZW_S_DROPPED,
    ZW_S_UNTRANSLATED, /* before the English words left out (zs_results.untranslated) */
    ZW_S_PARTIAL_FMT,  /* no document has every word: these have %u of the %u */
    ZW_S_RESULTS_NONE_COUNT_FMT, /* %.0f ms */
    /* document viewer */
    ZW_S_MATCH_COUNT_FMT, /* %u matches highlighted */
    ZW_S_FIRST_MATCH,
    ZW_S_NEXT_MATCH,
    ZW_S_NEXT_MATCH_FMT, /* next match (%d) — for screen readers */
    ZW_S_SEARCH_IN_DOC,
    ZW_S_CITE,
    ZW_S_CITE_MN,
    ZW_S_CITE_EN,
    ZW_S_COPY,
    ZW_S_COPIED,
    ZW_S_CITES,
    ZW_S_CITES_REPEALED,
    ZW_S_ARTICLES_APPLIED,   /* a decision's articles applied */
    ZW_S_CITES_OTHER,        /* a decision's other provisions cited */
    ZW_S_CITES_DECISIONS,    /* the decisions a document cites or reviews */
    ZW_S_NOT_IN_LIBRARY,     /* after a decision the index does not hold */
    ZW_S_CITED_BY,
    ZW_S_CITED_BY_NONE,
    ZW_S_SEE_ALL_FMT, /* see all %u in search */
    ZW_S_CONTENTS,
    /* provision viewer */
    ZW_S_PROVISION_FMT, /* Criminal Code, Article %s%s: the key, then zw_mn_ordinal_for() */
    ZW_S_PROVISION_TEXTS,
    ZW_S_PROVISION_NONE,
    ZW_S_PARTS,
    ZW_S_PART_NO_FMT, /* part %s */
    ZW_S_VERSIONS,
    ZW_S_OPEN_IN_DOC,
    ZW_S_DECISIONS_FMT,  /* %u decisions */
    ZW_S_DECISIONS1_FMT, /* 1 decision */
    ZW_S_PARTS_REPEALED_FMT,    /* on a hit of an article's repealed parts: "part %s" (their keys) */
    ZW_S_PARTS_REPEALED_ON_FMT, /* ...then "repealed %s; the article is in force" */
    ZW_S_PREDECESSOR_FMT, /* decisions under Article %s%s of the 2002 Code: as ZW_S_PROVISION_FMT */
    ZW_S_PREDECESSOR_NOTE,
    ZW_S_PREDECESSOR_UNCERTAIN,
    /* A statute's history (law.c) */
    ZW_S_REPEALED_BANNER_FMT,  /* repealed on %s: not law in force */
    ZW_S_REPEALED_BADGE_FMT,   /* repealed %s */
    ZW_S_PART_REPEALED_FMT,    /* repealed on %s (a struck part) */
    ZW_S_REPEALED_UNDATED_BANNER, /* repealed, the text naming no day: not law in force */
    ZW_S_PART_REPEALED_UNDATED,   /* repealed (a struck part; the text names no day) */
    ZW_S_REPEALED_UNDATED_BADGE,  /* repealed (a badge; the text names no day) */
    ZW_S_PARTS_REPEALED_UNDATED,  /* repealed; the article is in force (no day named) */
    ZW_S_REPEALED_MATCH_FMT,   /* %u repealed provisions also match */
    ZW_S_REPEALED_MATCH1,      /* 1 repealed provision also matches */
    ZW_S_SHOW_THEM,
    ZW_S_CURRENCY_FMT,         /* as amended up to %s (%u changes) */
    ZW_S_CURRENCY1_FMT,        /* as amended up to %s (1 change) */
    ZW_S_HISTORY,
    ZW_S_CHANGE_ADDED,
    ZW_S_CHANGE_AMENDED,
    ZW_S_CHANGE_RESTATED,
    ZW_S_CHANGE_REPEALED,
    ZW_S_CHANGE_SUSPENDED,
    ZW_S_CHANGE_RENUMBERED,
    ZW_S_CHANGE_EXPIRED,
    ZW_S_CHANGE_RESUMED,       /* a suspension's end: applies again */
    ZW_S_PART_EXPIRED_FMT,     /* a part's time ran out: "expired on %s" */
    ZW_S_EXPIRED_BANNER_FMT,   /* a unit's, the viewer's banner */
    ZW_S_EXPIRED_BADGE_FMT,    /* a unit's, the results' badge */
    ZW_S_SUSPENDED_FMT,        /* not applied until a day: "suspended until %s" */
    ZW_S_SUSPENDED,            /* not applied, no end said */
    ZW_S_CHANGE_AHEAD,         /* after a change dated ahead: not yet in effect */
    ZW_S_NOT_YET_BANNER_FMT,   /* not yet in force: in force from %s */
    ZW_S_NOT_YET_ON_DAY_FMT,   /* not yet in force on %s (in force from %s) */
    ZW_S_LAW_ON_DAY,           /* the provision page's "law on a day" field */
    ZW_S_LAW_ON_DAY_FMT,       /* the law as it stood on %s */
    ZW_S_LAW_TODAY,            /* back to today's law */
    ZW_S_SHOW,                 /* the button of a small form */
    ZW_S_DROPPED_NONE,
    ZW_S_UNTRANSLATED_NONE,    /* the English words left out, and nothing found */         /* every dropped word is in no document, and nothing was found */
    ZW_S_DOWNLOAD_MASKED,      /* the masked text a public reader downloads */
    ZW_S_PDF_PAGE_FMT,         /* a PDF hit's link to the original at its page */
    ZW_S_CITE_EN_MN_NAMES,     /* the English citation holding names in Cyrillic */
    ZW_S_Q_CUT_FMT,            /* the box holds the query cut to %d characters */
    ZW_S_URL_TOO_LONG,         /* the whole address passed the server's bound */
    ZW_S_NOT_YET_BADGE_FMT,    /* not yet in force: from %s */
    ZW_S_REPEAL_DUE_BANNER_FMT, /* will be repealed on %s: in force until then */
    ZW_S_REPEAL_DUE_BADGE_FMT, /* will be repealed on %s */
    ZW_S_REPEALED_BY,          /* before the note naming what repealed a law or unit */
    ZW_S_REPEAL_DUE_BY,        /* the same for a repeal dated ahead */
    ZW_S_REPEALER_FMT,         /* the repealing law of the index, linked: "%s" its title, "(adopted %s)" */
    ZW_S_UNTIL_EXCLUSIVE,      /* an end read from "… хүртэл": its last day is the day before */
    ZW_S_SAME_DAY,             /* that day's other changes in the act */
    ZW_S_TODAY_WORDING,        /* only today's wording is in the source */
    ZW_S_OLDER_WORDING_FMT,    /* the wording in force on %s is not in the source; amended %s */
    /* signing in (signin.c) */
    ZW_S_SIGN_IN,
    ZW_S_SIGN_OUT,
    ZW_S_USER_NAME,
    ZW_S_PASSWORD,
    ZW_S_SIGN_IN_FAILED,
    ZW_S_SIGN_IN_THROTTLED,
    ZW_S_SIGN_IN_NEEDS_TLS,
    ZW_S_SIGNED_IN_AS, /* followed by the user name */
    ZW_S_MASKED_NOTE,  /* on a document whose personal data is masked */
    ZW_S_UNOFFICIAL_EN,  /* beside an English heading of the team's (headings-en) */
    /* saved searches (routes_saved.c) */
    ZW_S_SAVED,
    ZW_S_SAVE_SEARCH,
    ZW_S_SAVED_NAME,
    ZW_S_SAVED_NONE,
    ZW_S_SAVED_NEW_FMT,   /* %u new since the last visit */
    ZW_S_SAVED_TOTAL_FMT, /* %u in all */
    ZW_S_SAVED_LAST_VISIT,
    ZW_S_SAVED_FEED,
    ZW_S_SAVED_FEED_NOTE,
    ZW_S_SAVED_REVOKE,
    ZW_S_SAVED_DELETE,
    ZW_S_SAVED_NEEDS_SESSION,
    /* the year facet's histogram (facets.c) */
    ZW_S_YEAR_BAR_FMT,  /* %s (a year): %u documents */
    ZW_S_YEAR_BAR1_FMT, /* the same for exactly one document */
    /* a part's end to come, its time running out (law.c) */
    ZW_S_EXPIRE_DUE_BADGE_FMT, /* will expire on %s */
    /* a hit of an article's parts whose time ran out: "expired on %s; …" */
    ZW_S_PARTS_EXPIRED_ON_FMT,
    /* a hit for the law of a day, matched only by a part not yet law then */
    ZW_S_MATCH_NOT_YET,
    /* words of the query only repealed law holds, left out (routes_search.c) */
    ZW_S_ONLY_REPEALED,
    ZW_S_COUNT_
} zw_string;

const char *zw_str(zw_ui ui, zw_string key);

/* ---- fields: labels keyed by the field table's label ids (core/schema.h) ---- */

/* The display name of a field ("type" -> "Төрөл"), or the name itself for
 * a field without a label. */
const char *zw_field_name(zw_ui ui, const char *field);
/* The display form of a field's value ("decision" -> "Шүүхийн шийдвэр" for
 * type); a value without a label is shown as it is. */
const char *zw_field_value(zw_ui ui, const char *field, const char *value);
/* The texts of a range field's form: its heading and its two boxes' labels
 * (the field's name where the label gives none). */
typedef enum { ZW_RANGE_HEADING, ZW_RANGE_FROM, ZW_RANGE_TO } zw_range_text;
const char *zw_field_range_text(zw_ui ui, const char *field, zw_range_text which);

/* A search error's message (search.h words them in English) in the
 * interface's language; unknown messages stay as they are.  Newly allocated. */
char *zw_error_message(zw_ui ui, const char *message);

/* ---- marked text from the search library ---- */

/* Writes HTML that zs_highlight_all() made (escaped text, <mark> tags),
 * numbering each <mark> id="m-N" from *counter and following it with a
 * "next match" link to m-(N+1), so the matches can be walked without
 * script.  The second and last place library markup reaches a page. */
void zw_html_marked(zw_html *html, const char *marked, unsigned *counter);

/* Appends `part` (a builder with the same language, freed here) to
 * `html`.  With marks numbered 1..total by zw_html_marked in `part`, the
 * last "next match" link is first pointed back at m-1. */
void zw_html_append(zw_html *html, zw_html *part, unsigned total_marks);

/* ---- static assets (static.c) ---- */

/* A short content hash of a compiled-in asset ("zaalt.css", "zaalt.js"), for
 * versioned URLs and ETags; "" for an unknown name.  Newly allocated. */
char *zw_static_version(const char *name);

#endif
