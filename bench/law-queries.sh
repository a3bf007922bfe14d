#!/usr/bin/env bash
# bench/law-queries.sh — top-1 and top-3 hit rates of bench/law-queries.tsv
# over the real 2015 Criminal Code, per kind of query (en, mn-para, latin).
# Not for: building the index (give one), nor for timing.
#
#   bench/law-queries.sh DB [QUERIES.tsv]
#
# DB is an index of ../shared/corpus/mn/law (the 17 core statutes):
#   build/zaalt index --db /tmp/laws ../shared/corpus/mn/law
# The queries go to `zaalt serve` on a free local port through the JSON API
# (/api/search, the same engine as `zaalt search --json`), so the analyzer
# and the dictionaries are loaded once, not once a query.
# A hit counts when it is a provision of the Code (file CODE, default
# eruugiin_khuuli_2015.txt) whose number is the expected article or one of
# its parts (13.3 matches 13.3 and 13.3.1); several expected articles are
# written 22.4|22.5.  ZAALT_CONFIG_DIR chooses the corpus-config the server
# reads (glossary, lemmas); STATUS=any (the default) asks for any version of
# the law, as the queries were written before repealed provisions were left
# out of a search by default; STATUS=in_force measures that default (an
# expected article since repealed is then a miss); VERBOSE=1 lists on standard error every query
# whose expected article is not first, with the three hits it got.
set -eu
cd "$(dirname "$0")/.."
DB=${1:?usage: bench/law-queries.sh DB [QUERIES.tsv]}
QUERIES=${2:-bench/law-queries.tsv}
ZAALT=${B:-build}/zaalt
CODE=${CODE:-eruugiin_khuuli_2015.txt}
STATUS=${STATUS:-any}

log=$(mktemp "${TMPDIR:-/tmp}/law-queries.XXXXXX")
"$ZAALT" serve --db "$DB" --port 0 --cache-mb 0 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
url=
for _ in $(seq 1 300); do
    url=$(sed -n 's|.* at \(http://[^ ]*\)/ .*|\1|p' "$log")
    [ -n "$url" ] && break
    kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.2
done
[ -n "$url" ] || { echo "law-queries: the server did not start" >&2; exit 1; }

declare -A n top1 top3
kinds=()
while IFS=$'\t' read -r kind query expected _; do
    case $kind in '' | '#'*) continue ;; esac
    if [ -z "${n[$kind]+x}" ]; then
        kinds+=("$kind")
        n[$kind]=0 top1[$kind]=0 top3[$kind]=0
    fi
    n[$kind]=$((n[$kind] + 1))
    json=$(curl -sf -G "$url/api/search" --data-urlencode "q=$query" --data-urlencode limit=3 --data-urlencode "status=$STATUS")
    # The rank (1..3) of the first hit that is an expected article, or 0.
    rank=$(jq -r --arg code "$CODE" --arg exp "$expected" '
        ($exp | split("|")) as $want
        | [.hits[] | ((.path == $code or (.path | endswith("/" + $code)))
                      and (.provision as $p | any($want[]; $p == . or (($p // "") | startswith(. + ".")))))]
        | (index(true) // -1) + 1' <<<"$json")
    [ "$rank" = 1 ] && top1[$kind]=$((top1[$kind] + 1))
    [ "$rank" -ge 1 ] && top3[$kind]=$((top3[$kind] + 1))
    if [ "${VERBOSE:-0}" = 1 ] && [ "$rank" != 1 ]; then
        got=$(jq -r '[.hits[] | (.path | split("/") | last) + ":" + (.provision // "-")] | join(" ")' <<<"$json")
        printf 'rank %s\t%s\t%s\t%s\t[%s]\n' "$rank" "$kind" "$query" "$expected" "$got" >&2
    fi
done <"$QUERIES"

printf '| kind | queries | top-1 | top-3 |\n|---|---:|---:|---:|\n'
t=0 t1=0 t3=0
for k in "${kinds[@]}"; do
    printf '| %s | %d | %d (%d %%) | %d (%d %%) |\n' "$k" "${n[$k]}" "${top1[$k]}" $((100 * top1[$k] / n[$k])) \
        "${top3[$k]}" $((100 * top3[$k] / n[$k]))
    t=$((t + n[$k])) t1=$((t1 + top1[$k])) t3=$((t3 + top3[$k]))
done
printf '| all | %d | %d (%d %%) | %d (%d %%) |\n' "$t" "$t1" $((100 * t1 / t)) "$t3" $((100 * t3 / t))
