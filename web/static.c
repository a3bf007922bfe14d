/* static.c — the stylesheet, compiled into the binary so the server needs no
 * files beside the index and works on an offline network.
 *
 * Not for: anything generated per request.  No fonts, scripts or remote
 * resources: the Content-Security-Policy (server.c) forbids them anyway.
 *
 * Colours: body text #1b1b1b on #fdfdfb and links #0b4f8a are above 7:1
 * contrast; <mark> is dark text on a pale yellow.  The layout is one column on
 * a phone and puts the facets beside the results from 52rem up.
 */
#include <string.h>

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
    "a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #e0a800;outline-offset:2px}\n"
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
    "ol.hits{list-style:none;margin:0;padding:0}\n"
    ".hit{padding:.75rem 0;border-bottom:1px solid var(--line)}\n"
    ".hit h2{margin:0 0 .2rem;font-size:1.1rem}\n"
    ".meta{margin:0;color:var(--muted);font-size:.9rem}\n"
    ".meta span+span::before{content:\" · \"}\n"
    ".snippet{margin:.35rem 0 0;overflow-wrap:anywhere}\n"
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
    "section.focus,section.unit:target{border-left-color:#e0a800;background:#fffbe6}\n"
    ".text p{margin:0 0 .75rem;white-space:pre-line;overflow-wrap:anywhere;max-width:48rem}\n"
    ".download{display:inline-block;margin:0 0 1rem}\n"
    ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
    "white-space:nowrap}\n";

void zw_route_static(zw_request *req, zw_reply *reply, const char *name)
{
    if (strcmp(name, "zaalt.css") != 0) {
        zw_route_error_page(req, reply, 404, NULL);
        return;
    }
    reply->cacheable = true;
    zw_reply_bytes(reply, 200, "text/css; charset=utf-8",
                   g_bytes_new_static(zw_css, sizeof zw_css - 1));
}
