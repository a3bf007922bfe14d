#!/usr/bin/env bash
# t42-http-api.sh — the JSON API of `zaalt serve` (docs/API.md): /api/search
# with its errors, filters, sorting, paging and facets, /api/doc, /api/facets,
# /api/suggest, /api/provision, over lib.sh's two-file fixture; then every
# curl example of docs/API.md, run as written against the demo corpus and
# held to the fields the manual shows.  Not for: HTML pages (t40, t43).
. tests/lib.sh

http_fixture

# ---- JSON API ----
http_get "$U/api/search?q=trafficking"
check "/api/search is JSON" eval 'status_is 200 && head_has "Content-Type: application/json"'
check "/api/search?q=trafficking finds exactly the English document" \
    body_json 'j["total"] == 1 and len(j["hits"]) == 1 and j["hits"][0]["path"].endswith("persons.txt")'

http_get "$U/api/search?q=%D1%85%D0%B0%D0%BC%D0%B3%D0%B0%D0%B0%D0%BB%D0%B0%D1%85"
check "/api/search with a Cyrillic query finds the Mongolian document" \
    body_json 'j["total"] == 1 and j["hits"][0]["path"].endswith("huuhed.txt")'

http_get "$U/api/search?q=%22unbalanced"
check "/api/search with a malformed query is a 400 JSON syntax error" \
    eval 'status_is 400 && body_json "j[\"error\"][\"code\"] == \"syntax\" and len(j[\"error\"][\"message\"]) > 0"'

# A field's value typed in q= is checked as its parameter is: the API's
# own example of a 400 filter error (probe F3, F5).
for q in 'year:20x4' 'status:foo' 'date:2020-02-30' 'court:*' 'amended:..'; do
    http_get "$U/api/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")"
    check "/api/search?q=$q is a 400 filter error, as year=20x4 is" \
        eval 'status_is 400 && body_json "j[\"error\"][\"code\"] == \"filter\""'
done
for f in 'inforce=-0001-01-01' 'date=0000-00-00..9999-99-99' 'amended=..'; do
    http_get "$U/api/search?q=trafficking&$f"
    check "/api/search?$f (no day of the calendar, or no range) is a 400 filter error" \
        eval 'status_is 400 && body_json "j[\"error\"][\"code\"] == \"filter\""'
done

http_get "$U/api/search?q=trafficking&limit=zero"
check "/api/search with a bad limit is a 400 JSON error" eval 'status_is 400 && body_json "\"error\" in j"'

http_get "$U/api/search?q=trafficking&lang=mn"
check "/api/search filters (lang=mn excludes the English document)" body_json 'j["total"] == 0'

http_get "$U/api/doc/$en_doc"
check "/api/doc/ID is JSON" eval 'status_is 200 && head_has "Content-Type: application/json" && body_json "isinstance(j, dict)"'
http_get "$U/api/doc/UNKNOWN"
check "/api/doc/UNKNOWN is a 404 JSON error" eval 'status_is 404 && body_json "j[\"error\"][\"code\"] == \"not_found\""'

# ---- JSON API additions ----
http_get "$U/api/search?q=trafficking&sort=random"
check "/api/search with a bad sort is a 400 JSON error" eval 'status_is 400 && body_json "j[\"error\"][\"code\"] == \"bad_request\""'
http_get "$U/api/search?q=&within=$en_doc"
check "/api/search within= one document" body_json 'j["total"] == 1 and j["hits"][0]["doc"] == "'"$en_doc"'"'
http_get "$U/api/search?q=&limit=0"
check "/api/search limit=0 gives totals and facets only" body_json 'j["total"] == 2 and j["hits"] == [] and "type" in j["facets"]'
http_get "$U/api/facets?q=trafficking"
check "/api/facets gives facets without hits" \
    body_json 'j["total"] == 1 and "hits" not in j and {v["value"]: v["count"] for v in j["facets"]["lang"]} == {"en": 1}'
http_get "$U/api/suggest?q=Traffick"
check "/api/suggest completes a title from a word's start" \
    body_json '[s["value"] for s in j["suggestions"]] == ["'"$en_title"'"] and j["suggestions"][0]["kind"] == "title"'
http_get "$U/api/suggest?q=field%20st"
check "/api/suggest matches a later word of a title" body_json 'len(j["suggestions"]) == 1'
http_get "$U/api/suggest?q=zzz"
check "/api/suggest with nothing to complete is an empty list" body_json 'j["suggestions"] == []'
http_get "$U/api/suggest"
check "/api/suggest without q is a 400 JSON error" eval 'status_is 400 && body_json "\"error\" in j"'
http_get "$U/api/provision/13.1"
check "/api/provision of a provision the index lacks is 404 JSON" eval 'status_is 404 && body_json "j[\"error\"][\"code\"] == \"not_found\""'
http_get "$U/provision/13.1"
check "/provision of a provision the index lacks is a 404 page" eval 'status_is 404 && body_has "Ийм заалт сан дотор алга"'
http_get "$U/provision/..%2Fetc"
check "/provision/ with a non-key is 404" status_is 404
http_get "$U/favicon.ico"
check "/favicon.ico is 204 (no 404 noise)" status_is 204

# ---- docs/API.md: every curl example, run as written against the demo corpus ----
stop_server
index_demo "$tmpdir/demo-db"
start_server --db "$tmpdir/demo-db" || { fail "the demo corpus is served" "$(tail -5 "$server_log")"; exit 1; }
python3 - "$U" docs/API.md >"$tmpdir/api-md.out" 2>&1 <<'PY'
import json, re, subprocess, sys
base, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
blocks = re.findall(r"```(sh|json)\n(.*?)```", text, re.S)
ran = 0
for i, (kind, body) in enumerate(blocks):
    if kind != "sh":
        continue
    want = 200
    for line in body.splitlines():
        m = re.match(r"# status (\d+)", line)
        if m:
            want = int(m.group(1))
        if not line.startswith("curl "):
            continue
        cmd = line.replace("http://localhost:8080", base)
        name = "docs/API.md: " + line[:90]
        out = subprocess.run(["bash", "-c", cmd + " -w '\\n%{http_code}'"], capture_output=True, text=True)
        body_text, _, status = out.stdout.rpartition("\n")
        try:
            got = json.loads(body_text)
        except ValueError:
            print(f"not ok - {name}: not JSON: {body_text[:200]}")
            continue
        doc = None
        if i + 1 < len(blocks) and blocks[i + 1][0] == "json":
            doc = json.loads(blocks[i + 1][1])
        if out.returncode != 0 or int(status) != want:
            print(f"not ok - {name}: exit {out.returncode}, status {status}, want {want}")
        elif doc is not None and set(doc) != set(got):
            print(f"not ok - {name}: fields {sorted(got)} but the manual shows {sorted(doc)}")
        else:
            print(f"ok - {name}")
        ran += 1
print(f"{'ok' if ran >= 8 else 'not ok'} - docs/API.md has its examples ({ran} run)")
PY
while IFS= read -r line; do
    case "$line" in
        "ok - "*) pass "${line#ok - }" ;;
        "not ok - "*) rest=${line#not ok - }; fail "${rest%%: *}" "${rest#*: }" ;;
        *) fail "docs/API.md examples run" "$line" ;;
    esac
done <"$tmpdir/api-md.out"
