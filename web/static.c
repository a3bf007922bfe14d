/* static.c — the stylesheet, compiled into the binary so the server needs no
 * files beside the index and works on an offline network.
 *
 * Not for: anything generated per request.  No fonts or remote resources:
 * the Content-Security-Policy (server.c) forbids them anyway.  The one
 * script refines pages that already work without it (copy buttons, n/p to
 * walk matches, sort on change, completion); it is served from here, never
 * inline, so the policy needs no 'unsafe-inline'.
 *
 * Colours (WCAG AA checked): body text #1b1b1b on #fdfdfb 16:1, muted text
 * #4a4a4a 8.6:1, links #0b4f8a 8:1, white on the #0b4f8a button 8.3:1, the
 * error marker white on #a4161a 7.5:1, focus outline #b35c00 6:1 against the
 * page (non-text needs 3:1); <mark> is dark text on a pale yellow.  The layout is one column on
 * a phone and puts the facets beside the results from 52rem up.
 */
#include <string.h>

#include "web/html.h"
#include "web/web.h"

static const char zw_css[] =
    ":root{--fg:#1b1b1b;--bg:#fdfdfb;--muted:#4a4a4a;--line:#d6d6d0;--link:#0b4f8a;"
    "--accent:#7a2e0e;--chip:#eef3f8;--mark:#fff0a0}\n"
    "*{box-sizing:border-box}\n"
    "html{font-size:100%;-webkit-text-size-adjust:100%}\n"
    "body{margin:0;color:var(--fg);background:var(--bg);"
    "font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"DejaVu Sans\",sans-serif;"
    "line-height:1.55}\n"
    "a{color:var(--link)}a:visited{color:#5a2d82}\n"
    "a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible,main:focus-"
    "visible{outline:3px solid #b35c00;outline-offset:2px}\n"
    "header.top{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.75rem 1rem;"
    "border-bottom:1px solid var(--line);background:#f4f4ef}\n"
    ".brand{font-weight:700;font-size:1.35rem;color:var(--accent);text-decoration:none}\n"
    "form.search{flex:1 1 20rem;display:flex;flex-direction:column;gap:.2rem}\n"
    "form.search label{font-size:.85rem;color:var(--muted)}\n"
    "form.search .box{display:flex;gap:.4rem}\n"
    "form.search input[type=search]{flex:1;min-width:0;font:inherit;padding:.5rem .6rem;"
    "border:1px solid #8a8a85;border-radius:4px;background:#fff;color:var(--fg)}\n"
    "button{font:inherit;padding:.5rem 1rem;border:1px solid var(--link);border-radius:4px;"
    "background:var(--link);color:#fff;cursor:pointer}\n"
    "nav.ui{margin-left:auto}\n"
    "main{max-width:72rem;margin:0 auto;padding:1rem}\n"
    "footer{max-width:72rem;margin:2rem auto 0;padding:1rem;border-top:1px solid var(--line);"
    "color:var(--muted);font-size:.85rem}\n"
    "h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}\n"
    "h2{font-size:1.15rem;line-height:1.3}\n"
    ".intro{max-width:42rem}\n"
    ".count{color:var(--muted);margin:0 0 1rem}\n"
    ".layout{display:flex;flex-direction:column;gap:1.5rem}\n"
    "@media (min-width:52rem){.layout{flex-direction:row-reverse;align-items:flex-start}"
    ".layout>.results{flex:1;min-width:0}.layout>.facets{flex:0 0 16rem}}\n"
    ".missing-shards{border-left:4px solid #b45309;background:#fffbeb;color:#78350f;padding:.5rem .75rem;margin:0 0 "
    "1rem}\n"
    "ol.hits{list-style:none;margin:0;padding:0}\n"
    ".hit{padding:.75rem 0;border-bottom:1px solid var(--line)}\n"
    ".hit h2{margin:0 0 .2rem;font-size:1.1rem}\n"
    ".meta{margin:0;color:var(--muted);font-size:.9rem}\n"
    ".meta span+span::before{content:\" · \"}\n"
    ".label-en{font-style:italic}\n"
    ".unofficial{font-style:normal;font-size:.8em;color:var(--muted)}\n"
    ".snippet{margin:.35rem 0 0;overflow-wrap:anywhere}\n"
    ".ocr{margin:.35rem 0 0;font-size:.9rem;color:#5c4400;background:#fff4d6;padding:.15rem .4rem;border-radius:3px}\n"
    "mark{background:var(--mark);color:inherit;padding:0 .1em}\n"
    ".more{margin:.25rem 0 0;font-size:.9rem;color:var(--muted)}\n"
    ".facets h2{margin:0 0 .5rem}\n"
    ".facets section{margin-bottom:1rem}\n"
    ".facets h3{font-size:.95rem;margin:0 0 .25rem}\n"
    ".facets ul{list-style:none;margin:0;padding:0}\n"
    ".facets li{display:flex;justify-content:space-between;gap:.5rem;padding:.15rem 0}\n"
    ".facets .n{color:var(--muted);font-variant-numeric:tabular-nums}\n"
    ".chips{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:0 0 1rem}\n"
    ".chip{display:inline-block;padding:.2rem .6rem;border:1px solid #9db4cc;border-radius:1rem;"
    "background:var(--chip);text-decoration:none;color:var(--fg)}\n"
    ".chip:hover{border-color:var(--link)}\n"
    "nav.pages{display:flex;gap:1rem;align-items:center;margin:1.25rem 0}\n"
    ".error{border-left:4px solid #a4161a;padding:.5rem 1rem;background:#fbeeee}\n"
    ".detail{font-family:ui-monospace,\"DejaVu Sans Mono\",monospace;overflow-wrap:anywhere}\n"
    "table.doc-meta{border-collapse:collapse;margin:0 0 1.5rem;max-width:100%}\n"
    "table.doc-meta th,table.doc-meta td{text-align:left;vertical-align:top;padding:.3rem .75rem .3rem 0;"
    "border-bottom:1px solid var(--line);overflow-wrap:anywhere}\n"
    "table.doc-meta th{color:var(--muted);font-weight:600;white-space:nowrap}\n"
    ".matches{border:1px solid var(--line);padding:.5rem 1rem;margin:0 0 1.5rem;background:#fff}\n"
    ".matches ol{padding-left:1.25rem}\n"
    "section.unit{padding:.5rem 0 .5rem .75rem;border-left:3px solid transparent;margin:0 0 1rem}\n"
    "section.unit h2{margin:.25rem 0 .5rem}\n"
    "section.focus,section.unit:target{border-left-color:#b35c00;background:#fffbe6}\n"
    ".text p{margin:0 0 .75rem;white-space:pre-line;overflow-wrap:anywhere;max-width:48rem}\n"
    ".download{display:inline-block;margin:0 0 1rem}\n"
    ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
    "white-space:nowrap}\n"
    ".skip{position:absolute;left:.5rem;top:-3rem;padding:.5rem 1rem;background:#fff;color:var(--link);"
    "border:2px solid var(--link);z-index:10}\n"
    ".skip:focus{top:.5rem}\n"
    "main:focus{outline:none}\n"
    "details.syntax{font-size:.9rem;margin-top:.2rem}\n"
    "details.syntax summary{cursor:pointer;color:var(--link);width:max-content;max-width:100%}\n"
    "details.syntax table{border-collapse:collapse;margin:.4rem 0;background:#fff}\n"
    "details.syntax td,details.syntax th{text-align:left;vertical-align:top;padding:.25rem .5rem;"
    "border:1px solid var(--line)}\n"
    "code,.cite-text{font-family:ui-monospace,\"DejaVu Sans Mono\",monospace;font-size:.92em}\n"
    ".toolbar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;"
    "margin:0 0 1rem}\n"
    ".toolbar .count{margin:0}\n"
    "form.inline{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem}\n"
    "select,input[type=number],input[type=date]{font:inherit;padding:.3rem .4rem;border:1px solid #8a8a85;"
    "border-radius:4px;background:#fff;color:var(--fg)}\n"
    "input[type=number]{width:6rem}\n"
    "button.secondary{background:#fff;color:var(--link)}\n"
    ".facets .zero{color:var(--muted)}\n"
    /* The year histogram (facets.c): year, bar, count on one line; the bar's
     * length a class of 5 % steps, as the policy allows no inline style. */
    ".facets ol.histogram{list-style:none;margin:0;padding:0}\n"
    ".facets .histogram li{display:block;padding:.05rem 0}\n"
    ".histogram a,.histogram .zero{display:grid;grid-template-columns:2.8rem 1fr 3rem;align-items:center;gap:.4rem;"
    "text-decoration:none;color:var(--fg);font-size:.9rem;line-height:1.35;border-radius:3px}\n"
    ".histogram a:hover .y,.histogram a:focus-visible .y{text-decoration:underline}\n"
    ".histogram .y{color:var(--link);font-variant-numeric:tabular-nums}\n"
    ".histogram .zero .y{color:var(--muted)}\n"
    ".histogram .track{display:block;height:.75rem}\n"
    ".histogram .bar{display:block;height:100%;background:#5b86b0;border-radius:0 2px 2px 0}\n"
    ".histogram a:hover .bar{background:var(--link)}\n"
    ".histogram a.current{background:var(--chip);outline:1px solid #9db4cc}\n"
    ".histogram a.current .bar{background:var(--accent)}\n"
    ".histogram .n{text-align:right}\n"
    ".histogram .w1{width:5%}.histogram .w2{width:10%}.histogram .w3{width:15%}.histogram .w4{width:20%}"
    ".histogram .w5{width:25%}.histogram .w6{width:30%}.histogram .w7{width:35%}.histogram .w8{width:40%}"
    ".histogram .w9{width:45%}.histogram .w10{width:50%}.histogram .w11{width:55%}"
    ".histogram .w12{width:60%}.histogram .w13{width:65%}.histogram .w14{width:70%}"
    ".histogram .w15{width:75%}.histogram .w16{width:80%}.histogram .w17{width:85%}"
    ".histogram .w18{width:90%}.histogram .w19{width:95%}.histogram .w20{width:100%}\n"
    ".facets form{display:grid;grid-template-columns:auto 1fr;gap:.3rem .5rem;align-items:center}\n"
    ".facets form button{grid-column:1/-1;justify-self:start}\n"
    ".clear{font-size:.9rem}\n"
    ".suggest{margin:.75rem 0}\n"
    ".suggest ul{margin:.25rem 0;padding-left:1.25rem}\n"
    ".query-echo{font-family:ui-monospace,\"DejaVu Sans Mono\",monospace;background:#fff;"
    "border:1px solid var(--line);padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere}\n"
    ".query-echo .at{background:#a4161a;color:#fff;padding:0 .15em;border-radius:2px}\n"
    "a.nm{font-size:.8em;text-decoration:none;padding:0 .15em;color:var(--link)}\n"
    "mark.current{outline:2px solid #b35c00}\n"
    ".doc-nav{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;margin:0 0 1rem}\n"
    ".panel{border:1px solid var(--line);background:#fff;padding:.5rem 1rem;margin:0 0 1.5rem}\n"
    ".panel h2{margin:.25rem 0 .5rem}\n"
    ".cite{display:grid;grid-template-columns:auto 1fr auto;gap:.4rem .75rem;align-items:start}\n"
    ".cite .cite-text{user-select:all;overflow-wrap:anywhere}\n"
    ".links{margin:0;padding-left:1.25rem}\n"
    ".links .meta{display:inline}\n"
    ".part{margin:0 0 .5rem}\n"
    ".part.sub{margin-left:1.5rem}\n"
    ".part:target,.part.focus{background:#fffbe6;outline:2px solid #b35c00;outline-offset:2px}\n"
    /* A statute's history (law.c): repealed text struck in place, dated. */
    ".repealed-banner{border-left:4px solid #b91c1c;background:#fef2f2;color:#7f1d1d;padding:.5rem .75rem;"
    "margin:0 0 1rem;font-weight:600}\n"
    ".repealed-matching{border-left:4px solid #6b7280;background:#f9fafb;padding:.4rem .75rem;margin:0 0 1rem}\n"
    ".part.repealed,p.repealed{color:#6b7280}\n"
    ".part.repealed del,p.repealed del{text-decoration-thickness:1px}\n"
    ".repealed-tag,.badge.repealed{font-size:.85em;color:#b91c1c;font-weight:600}\n"
    ".older-wording{display:block;color:#78350f}\n"
    ".currency{color:#4b5563;margin:.25rem 0 1rem}\n"
    "ol.history{margin:.25rem 0;padding-left:1.25rem}\n"
    ".history .wording{font-size:.9em;color:#4b5563}\n"
    ".texts{display:grid;gap:1.5rem}\n"
    "@media (min-width:60rem){.texts.two{grid-template-columns:1fr 1fr}}\n"
    ".to-facets{display:inline-block}\n"
    "form.within input[type=search]{font:inherit;padding:.3rem .5rem;border:1px solid #8a8a85;border-radius:4px;"
    "width:16rem;max-width:100%}\n"
    "@media (min-width:52rem){.to-facets{display:none}}\n"
    "@media (max-width:51.99rem){.facets.drawer{display:none}.facets.drawer.open{display:block;order:-1;"
    "border:1px solid #8a8a85;border-radius:4px;padding:.75rem}}\n"
    /* Printing a document prints the document (title, details, text,
     * citation): not the interface around it, nor what leads elsewhere. */
    "@media print{header.top,footer,.nm,.facets,nav.pages,.skip,.session,.doc-nav,.to-facets,form,button,"
    ".panel.similar,.panel.cited-by,.matches,#match-pos{display:none}"
    "mark{background:none;color:inherit}a{color:inherit;text-decoration:none}.panel{border:0;padding:0}}\n";

static const char zw_js[] =
    "/* zaalt.js: optional refinements; every page works without it. */\n"
    "(function () {\n"
    "  'use strict';\n"
    "  var d = document;\n"
    "  function selectText(el) {\n"
    "    var r = d.createRange(); r.selectNodeContents(el);\n"
    "    var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);\n"
    "  }\n"
    "  /* Copy buttons: hidden until this script can make them work. */\n"
    "  d.querySelectorAll('button[data-copy]').forEach(function (b) {\n"
    "    b.hidden = false;\n"
    "    b.addEventListener('click', function () {\n"
    "      var el = d.getElementById(b.getAttribute('data-copy'));\n"
    "      if (!el) return;\n"
    "      var label = b.textContent;\n"
    "      var done = function () {\n"
    "        b.textContent = b.getAttribute('data-done') || label;\n"
    "        setTimeout(function () { b.textContent = label; }, 1500);\n"
    "      };\n"
    "      var text = el.textContent.trim();\n"
    "      if (navigator.clipboard && navigator.clipboard.writeText) {\n"
    "        navigator.clipboard.writeText(text).then(done, function () { selectText(el); });\n"
    "      } else { selectText(el); }\n"
    "    });\n"
    "  });\n"
    "  /* Sort: apply on change; the Apply button is for pages without script. */\n"
    "  d.querySelectorAll('select[data-autosubmit]').forEach(function (s) {\n"
    "    var btn = s.form.querySelector('button'); if (btn) btn.hidden = true;\n"
    "    s.addEventListener('change', function () { s.form.submit(); });\n"
    "  });\n"
    "  /* On a phone the facets open above the results, as a panel, from\n"
    "     the link that otherwise jumps down to them. */\n"
    "  var tf = d.querySelector('a.to-facets'), panel = d.getElementById('facets-panel');\n"
    "  if (tf && panel && window.matchMedia) {\n"
    "    var narrow = window.matchMedia('(max-width: 51.99rem)');\n"
    "    var fit = function () {\n"
    "      if (narrow.matches) {\n"
    "        panel.classList.add('drawer'); tf.setAttribute('role', 'button');\n"
    "        tf.setAttribute('aria-expanded', panel.classList.contains('open') ? 'true' : 'false');\n"
    "      } else {\n"
    "        panel.classList.remove('drawer'); tf.removeAttribute('role'); tf.removeAttribute('aria-expanded');\n"
    "      }\n"
    "    };\n"
    "    fit();\n"
    "    if (narrow.addEventListener) narrow.addEventListener('change', fit);\n"
    "    tf.addEventListener('click', function (e) {\n"
    "      if (!narrow.matches) return;\n"
    "      e.preventDefault();\n"
    "      var open = panel.classList.toggle('open');\n"
    "      tf.setAttribute('aria-expanded', open ? 'true' : 'false');\n"
    "      if (open) d.getElementById('refine').focus();\n"
    "    });\n"
    "  }\n"
    "  /* Matches in a document: n and p walk them. */\n"
    "  var marks = d.querySelectorAll('mark[id^=\"m-\"]');\n"
    "  if (marks.length) {\n"
    "    var cur = -1, pos = d.getElementById('match-pos');\n"
    "    var go = function (i) {\n"
    "      if (cur >= 0) marks[cur].classList.remove('current');\n"
    "      cur = (i + marks.length) % marks.length;\n"
    "      var m = marks[cur]; m.classList.add('current');\n"
    "      m.scrollIntoView({block: 'center'});\n"
    "      m.focus({preventScroll: true});\n"
    "      if (pos) pos.textContent = (cur + 1) + ' / ' + marks.length;\n"
    "      history.replaceState(null, '', '#' + m.id);\n"
    "    };\n"
    "    d.addEventListener('keydown', function (e) {\n"
    "      if (e.ctrlKey || e.metaKey || e.altKey) return;\n"
    "      var t = e.target.tagName;\n"
    "      if (t === 'INPUT' || t === 'TEXTAREA' || t === 'SELECT') return;\n"
    "      if (e.key === 'n') { go(cur + 1); e.preventDefault(); }\n"
    "      else if (e.key === 'p') { go(cur - 1); e.preventDefault(); }\n"
    "    });\n"
    "  }\n"
    "  /* Completion of titles and provisions from /api/suggest. */\n"
    "  var q = d.getElementById('q'), list = d.getElementById('q-suggest');\n"
    "  if (q && list && window.fetch) {\n"
    "    var timer = 0, last = '';\n"
    "    q.addEventListener('input', function () {\n"
    "      clearTimeout(timer);\n"
    "      timer = setTimeout(function () {\n"
    "        var v = q.value.trim();\n"
    "        if (v.length < 2 || v === last) return;\n"
    "        last = v;\n"
    "        fetch('/api/suggest?limit=8&q=' + encodeURIComponent(v))\n"
    "          .then(function (r) { return r.ok ? r.json() : null; })\n"
    "          .then(function (j) {\n"
    "            if (!j) return;\n"
    "            list.textContent = '';\n"
    "            j.suggestions.forEach(function (s) {\n"
    "              var o = d.createElement('option');\n"
    "              o.value = s.value;\n"
    "              if (s.label && s.label !== s.value) o.label = s.label;\n"
    "              list.appendChild(o);\n"
    "            });\n"
    "          }).catch(function () {});\n"
    "      }, 200);\n"
    "    });\n"
    "  }\n"
    "})();\n";

typedef struct zw_asset {
    const char *name;
    const char *content_type;
    const char *data;
    gsize size;
} zw_asset;

static const zw_asset zw_assets[] = {
    {"zaalt.css", "text/css; charset=utf-8", zw_css, sizeof zw_css - 1},
    {"zaalt.js", "text/javascript; charset=utf-8", zw_js, sizeof zw_js - 1},
};

static const zw_asset *
zw_asset_find(const char *name)
{
    for (gsize i = 0; i < G_N_ELEMENTS(zw_assets); i++)
        if (strcmp(zw_assets[i].name, name) == 0)
            return &zw_assets[i];
    return NULL;
}

char *
zw_static_version(const char *name)
{
    const zw_asset *a = zw_asset_find(name);
    if (a == NULL)
        return g_strdup("");
    /* A few kilobytes: hashing per page costs microseconds and keeps no
     * state between requests. */
    char *sum = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)a->data, a->size);
    sum[12] = '\0';
    return sum;
}

/* Whether an If-None-Match header names `etag` (or is "*"). */
static bool
zw_etag_matches(const char *header, const char *etag)
{
    if (header == NULL)
        return false;
    while (*header == ' ' || *header == '\t')
        header++;
    return header[0] == '*' || strstr(header, etag) != NULL;
}

void
zw_route_static(zw_request *req, zw_reply *reply, const char *name)
{
    const zw_asset *a = zw_asset_find(name);
    if (a == NULL) {
        zw_route_error_page(req, reply, 404, NULL);
        return;
    }
    char *version = zw_static_version(name);
    char *etag = g_strdup_printf("\"%s\"", version);
    zw_reply_header(reply, "ETag", etag);
    /* The page links ?v=VERSION: that URL never changes content, so it may
     * be kept for a year; any other URL for the asset is revalidated. */
    const char *v = zw_param_get(req, "v");
    reply->cache_control =
        g_strdup(v != NULL && strcmp(v, version) == 0 ? "public, max-age=31536000, immutable" : "public, max-age=300");
    if (zw_etag_matches(req->if_none_match, etag))
        zw_reply_bytes(reply, 304, a->content_type, g_bytes_new_static("", 0));
    else
        zw_reply_bytes(reply, 200, a->content_type, g_bytes_new_static(a->data, a->size));
    g_free(etag);
    g_free(version);
}
