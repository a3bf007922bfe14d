#!/usr/bin/env bash
# t66-shards.sh — several databases searched as one: the demo corpus (with
# planted restricted and sealed files) indexed as two shards with
# `zaalt index --shard K/N`, shard 1 a local folder and shard 2 served level
# by level by xapian-tcpsrv on loopback.  Merged answers must equal those of
# one combined index (documents, order, scores, totals, facets, snippets)
# for a fixed query log, for every access level; a remote database above
# the reader's level is never searched; a stopped shard degrades the answer
# with a notice (CLI and HTTP) instead of failing, and the server recovers
# when it comes back.
. tests/lib.sh

command -v xapian-tcpsrv >/dev/null || skip_all "xapian-tcpsrv is not installed (Debian package xapian-tools)"
command -v curl >/dev/null || skip_all "curl is not installed"

# ---- processes started here: always stopped at exit ----
pids=()
t66_cleanup() {
    local p
    for p in "${pids[@]}"; do
        kill "$p" 2>/dev/null
    done
    for p in "${pids[@]}"; do
        wait "$p" 2>/dev/null
    done
    return 0
}
on_exit t66_cleanup

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# tcpsrv PORT DB: serves DB on loopback PORT; the pid is in $last_pid.
tcpsrv() {
    setsid xapian-tcpsrv --interface 127.0.0.1 --port "$1" "${@:2}" >>"$tmpdir/tcpsrv-$1.log" 2>&1 &
    last_pid=$!
    pids+=("$last_pid")
    for _ in $(seq 100); do
        listening "$1" && return 0
        sleep 0.05
    done
    fail "xapian-tcpsrv on port $1 starts" "$(tail -3 "$tmpdir/tcpsrv-$1.log")"
    exit 1
}

# ---- the corpus: the demo, plus restricted and sealed files ----
# (Without OCR, for speed: the layouts are compared, not the extraction.)
demo_ini
secret=$tmpdir/secret
mkdir -p "$secret/res" "$secret/seal"
for i in 1 2 3 4 5 6; do
    echo "Restricted case file $i: the child victim zorbuliquant$i was moved across the border by a recruiter." \
        >"$secret/res/file$i.txt"
done
for i in 1 2 3 4; do
    echo "Sealed testimony $i: the witness quaffelborn$i identified the recruiter of the trafficking victim." \
        >"$secret/seal/testimony$i.txt"
done
index_all() {  # DB [--shard K/N]
    "$ZAALT" index -q --no-ocr --db "$1" "${@:2}" --config "$tmpdir/demo.ini" 2>/dev/null
    "$ZAALT" index -q --db "$1" "${@:2}" --access restricted "$secret/res" &&
        "$ZAALT" index -q --db "$1" "${@:2}" --access sealed "$secret/seal"
}
all=$tmpdir/all
index_all "$all" || { fail "index the corpus"; exit 1; }
for k in 1 2; do
    index_all "$tmpdir/s$k" --shard "$k/2" || { fail "index shard $k of 2"; exit 1; }
done

docs() { "$ZAALT" stats --db "$@" --json | json 'j["documents"]'; }
n_all=$(docs "$all")
n1=$(docs "$tmpdir/s1")
n2=$(docs "$tmpdir/s2")
expect_eq "the shards split the documents" "$((n1 + n2))" "$n_all"
expect_eq "each shard holds some" "$([ "$n1" -gt 0 ] && [ "$n2" -gt 0 ] && echo yes)" yes
expect_status "--shard 3/2 refused" 1 "$ZAALT" index -q --db "$tmpdir/bad" --shard 3/2 --config "$tmpdir/demo.ini"
expect_contains "--shard error says the form" "$(cat "$tmpdir/err")" "K/N"

# Re-sharding in place: shard 1 of 2 re-indexed as shard 1 of 3 drops the
# files that moved out and holds what a fresh 1/3 holds.
cp -r "$tmpdir/s1" "$tmpdir/re"
index_all "$tmpdir/re" --shard 1/3
index_all "$tmpdir/fresh" --shard 1/3
ids() { "$ZAALT" search --db "$1" --json --limit 1000 '' | json 'sorted(h["doc"] for h in j["hits"])'; }
expect_eq "re-sharded in place = a fresh shard" "$(ids "$tmpdir/re")" "$(ids "$tmpdir/fresh")"
expect_eq "re-sharding removed documents" "$([ "$(docs "$tmpdir/re")" -lt "$n1" ] && echo fewer)" fewer

# ---- shard 2 served level by level ----
p_pub=$(free_port); tcpsrv "$p_pub" "$tmpdir/s2/public"; pid_pub=$last_pid
p_res=$(free_port); tcpsrv "$p_res" "$tmpdir/s2/restricted"
p_seal=$(free_port); tcpsrv "$p_seal" "$tmpdir/s2/sealed"
R_PUB=tcp://127.0.0.1:$p_pub
SHARDS=(--db "$tmpdir/s1" --db "$R_PUB" --db "tcp://127.0.0.1:$p_res" --db "tcp://127.0.0.1:$p_seal")

# Users: an investigator (restricted) and a judge (sealed), who sign in.
cfg=$tmpdir/cfg
mkdir -p "$cfg"
cp corpus-config/*.txt corpus-config/*.tsv corpus-config/*.ini "$cfg"/ 2>/dev/null
{
    printf '[user investigator]\nlevel = restricted\npassword = %s\n' "$(echo inv-pass | "$ZAALT" passwd)"
    printf '[user judge]\nlevel = sealed\npassword = %s\n' "$(echo judge-pass | "$ZAALT" passwd)"
} >"$cfg/users.ini"
export ZAALT_CONFIG_DIR=$cfg

# serve VAR DB-OPTIONS...: starts `zaalt serve`, its URL in VAR.
serve() {
    local var=$1
    shift
    start_server "$@" || { fail "zaalt serve $* starts" "$(tail -3 "$server_log")"; exit 1; }
    printf -v "$var" '%s' "$U"
}
serve ONE --db "$all"
serve MANY "${SHARDS[@]}"

# What is compared: everything a reader is shown but "did you mean" (Xapian's
# remote backend keeps no spelling table), the time taken, and the
# percentage (Xapian 1.4 takes it from a remote database's own match: the
# order it gives is the same, its scale may not be).
# The first three hits in order, the rest as a set: hits of equal weight
# (heading and glossary boosts give many) are ordered by sums of floating
# point weights, which one database and several add up in different
# orders, so an exact tie far down the list may fall either way.
view='[j["total"], j["missing_shards"], [[h["id"], h["more"], h["snippet"], h["label"], h["page"]] for h in j["hits"][:3]], sorted([h["id"], h["more"], h["snippet"], h["label"], h["page"]] for h in j["hits"][3:]), {k: sorted((v["value"], v["count"]) for v in vs) for k, vs in j["facets"].items()}]'
queries=(
    'q='
    'q=хүн+худалдаалах'
    'q=хүүхэд&type=decision'
    'q=хохирогч&lang=mn'
    'q=хүүхдийн+хөдөлмөр'
    'q="хүн+худалдаалах"'
    'q=huuhed'
    'q=khun+hudaldaalah'
    'q=forced+labour&type=research'
    'q=trafficking+in+persons'
    'q="price+of+a+sheep"'
    'q=victim+recruiter'
    'q=title:хүүхэд'
    'q=type:decision+хүн'
    'q=article:13.1'
    'q=13.1'
    'q=lang:en+victim'
    'q=labour+OR+хөдөлмөр'
    'q=хүн+-хүүхэд'
    'q=zorbuliquant3+OR+quaffelborn2+OR+victim&year=2020..2025'
)
for who in anonymous investigator judge; do
    auth=(); [ "$who" = investigator ] && auth=(-u investigator:inv-pass); [ "$who" = judge ] && auth=(-u judge:judge-pass)
    same=0 differ=()
    for q in "${queries[@]}"; do
        a=$(curl -s "${auth[@]}" "$ONE/api/search?limit=20&$q" | json "$view")
        b=$(curl -s "${auth[@]}" "$MANY/api/search?limit=20&$q" | json "$view")
        if [ -n "$a" ] && [ "$a" = "$b" ]; then same=$((same + 1)); else differ+=("$q: ${b:0:300} vs ${a:0:300}"); fi
    done
    expect_eq "$who: ${#queries[@]} queries answer the same over shards as over one index" \
        "$same" "${#queries[@]}"
    [ ${#differ[@]} -eq 0 ] || printf '# differs: %s\n' "${differ[@]:0:3}"
done
# The command line too, as the operator.
for q in 'хүн худалдаалах' 'forced labour' 'huuhed'; do
    expect_eq "CLI, operator: '$q' the same over shards" \
        "$("$ZAALT" search "${SHARDS[@]}" --json --limit 20 "$q" | json "$view")" \
        "$("$ZAALT" search --db "$all" --json --limit 20 "$q" | json "$view")"
done
# A corpus config can list the databases ([index] search) and a shard.
cat >"$tmpdir/front.ini" <<INI
[index]
search = s1; $R_PUB; tcp://127.0.0.1:$p_res; tcp://127.0.0.1:$p_seal
INI
expect_eq "CLI: [index] search of --config names the same databases" \
    "$("$ZAALT" search --config "$tmpdir/front.ini" --json --limit 20 'хүн худалдаалах' | json "$view")" \
    "$("$ZAALT" search "${SHARDS[@]}" --json --limit 20 'хүн худалдаалах' | json "$view")"
{ printf '[index]\nshard = 2/2\n'; cat "$tmpdir/demo.ini"; } >"$tmpdir/shard2.ini"
"$ZAALT" index -q --no-ocr --db "$tmpdir/s2c" --config "$tmpdir/shard2.ini" 2>/dev/null
expect_eq "[index] shard = 2/2 builds shard 2" "$(ids "$tmpdir/s2c")" \
    "$("$ZAALT" search --db "$tmpdir/s2" --json --limit 1000 --filter source:demo '' | json 'sorted(h["doc"] for h in j["hits"])')"

# The comparison can fail: a shard left out changes the answer.
a=$("$ZAALT" search --db "$all" --json --limit 20 victim | json "$view")
b=$("$ZAALT" search --db "$tmpdir/s1" --db "$R_PUB" --json --limit 20 victim | json "$view")
expect_eq "without restricted and sealed shards the answer differs" "$([ "$a" != "$b" ] && echo differs)" differs
r=$("$ZAALT" search "${SHARDS[@]}" --json --limit 20 'хүн худалдаалах')
expect_eq "merged hits are ordered by score" "$(echo "$r" | json '[h["score"] for h in j["hits"]] == sorted([h["score"] for h in j["hits"]], reverse=True)')" True

# Access: an anonymous reader never sees the planted words, whatever shard.
planted='zorbuliquant1 OR zorbuliquant2 OR zorbuliquant3 OR zorbuliquant4 OR zorbuliquant5 OR zorbuliquant6 OR quaffelborn1 OR quaffelborn2 OR quaffelborn3 OR quaffelborn4'
r=$("$ZAALT" search "${SHARDS[@]}" --as anonymous --json --limit 50 "$planted OR recruiter" | json '[j["total"], j["hits"], j["facets"], j["suggestion"]]')
expect_not_contains "anonymous over shards: no restricted file" "$r" "zorbuliquant"
expect_not_contains "anonymous over shards: no sealed file" "$r" "quaffelborn"
expect_eq "anonymous over shards: none of the planted files" \
    "$("$ZAALT" search "${SHARDS[@]}" --as anonymous --json --limit 0 "$planted" | json 'j["total"]')" 0
expect_eq "investigator over shards: 6 restricted, no sealed" \
    "$("$ZAALT" search "${SHARDS[@]}" --as investigator --json --limit 0 "$planted" | json 'j["total"]')" 6
expect_eq "judge over shards: all 10" \
    "$("$ZAALT" search "${SHARDS[@]}" --as judge --json --limit 0 "$planted" | json 'j["total"]')" 10
# A remote database must say its level, and hold that level only.
command -v omindex >/dev/null && mkdir -p "$tmpdir/plain" && echo "recruiter" >"$tmpdir/plain/a.txt" &&
    omindex --db "$tmpdir/omega" --url / "$tmpdir/plain" >/dev/null 2>&1
if [ -d "$tmpdir/omega" ]; then
    p_omega=$(free_port); tcpsrv "$p_omega" "$tmpdir/omega"
    expect_status "a remote database without a level is refused" 2 \
        "$ZAALT" search --db "$tmpdir/s1" --db "tcp://127.0.0.1:$p_omega" recruiter
    expect_contains "the refusal says why" "$(cat "$tmpdir/err")" "records no access level"
else
    skip "a remote database without a level is refused" "omindex is not installed"
fi
p_mixed=$(free_port); tcpsrv "$p_mixed" "$tmpdir/s2/public" "$tmpdir/s2/sealed"
expect_status "a server of two levels as one is refused" 2 \
    "$ZAALT" search --as anonymous --db "tcp://127.0.0.1:$p_mixed" recruiter
expect_contains "that refusal says why" "$(cat "$tmpdir/err")" "holds sealed documents"
expect_status "a malformed remote address is refused" 2 "$ZAALT" search --db tcp://127.0.0.1 victim

# xapian-tcpsrv closes idle connections (after a minute by default): that
# is no missing shard.
p_idle=$(free_port); tcpsrv "$p_idle" --idle-timeout 300 "$tmpdir/s2/public"
serve IDLE --db "$tmpdir/s1" --db "tcp://127.0.0.1:$p_idle"
first=$(curl -s "$IDLE/api/search?q=victim" | json '[j["total"], j["missing_shards"]]')
sleep 1
expect_eq "a connection the server closed when idle is opened again" \
    "$(curl -s "$IDLE/api/search?q=victim" | json '[j["total"], j["missing_shards"]]')" "$first"
expect_eq "the idle test searched both shards" "$(echo "$first" | json 'j[1] == [] and j[0] > 0')" True

# ---- HTTP, then a shard stops and comes back ----
U=$MANY
full=$(curl -fs "$U/api/search?q=victim&limit=20")
expect_eq "HTTP: all shards answer" "$(echo "$full" | json 'j["missing_shards"]')" "[]"
n_full=$(echo "$full" | json 'j["total"]')
cli_full=$("$ZAALT" search "${SHARDS[@]}" --json --limit 0 'хүн' | json 'j["total"]')

kill "$pid_pub"; wait "$pid_pub" 2>/dev/null
# Reaped: its pid may be reused, so it must not be killed again at exit.
for i in "${!pids[@]}"; do [ "${pids[$i]}" = "$pid_pub" ] && unset 'pids[i]'; done
r=$(curl -s -w '\n%{http_code}' "$U/api/search?q=victim&limit=20")
expect_eq "HTTP: a stopped shard still answers 200" "$(echo "$r" | tail -1)" 200
expect_eq "HTTP: the stopped shard is named" "$(echo "$r" | head -n -1 | json 'j["missing_shards"]')" "[\"$R_PUB\"]"
expect_eq "HTTP: fewer documents without it" \
    "$(echo "$r" | head -n -1 | json "j['total'] < $n_full and j['total'] > 0")" True
html=$(curl -s "$U/search?q=victim")
expect_contains "HTML: a notice names the missing shard" "$html" "class=\"notice missing-shards\""
expect_contains "HTML: the notice has its address" "$html" "<code>$R_PUB</code>"
expect_contains "HTTP facets also name it" "$(curl -s "$U/api/facets?q=victim")" "\"missing_shards\":[\"$R_PUB\"]"
"$ZAALT" search "${SHARDS[@]}" --json --limit 0 'хүн' >"$tmpdir/out" 2>"$tmpdir/err"
expect_eq "CLI: a stopped shard is no failure" "$?" 0
expect_contains "CLI: stderr names the missing shard" "$(cat "$tmpdir/err")" "$R_PUB did not answer"
expect_eq "CLI: JSON names it" "$(json 'j["missing_shards"]' <"$tmpdir/out")" "[\"$R_PUB\"]"
expect_eq "CLI: fewer documents without it" "$(json "j['total'] < $cli_full" <"$tmpdir/out")" True
expect_contains "CLI show warns too" "$("$ZAALT" show "${SHARDS[@]}" nosuchdoc 2>&1 >/dev/null)" "$R_PUB did not answer"
expect_contains "CLI stats warns too" "$("$ZAALT" stats "${SHARDS[@]}" 2>&1 >/dev/null)" "$R_PUB did not answer"

tcpsrv "$p_pub" "$tmpdir/s2/public"
back=no
for _ in $(seq 60); do
    r=$(curl -s "$U/api/search?q=victim&limit=20")
    if [ "$(echo "$r" | json 'j["missing_shards"]')" = "[]" ]; then back=yes; break; fi
    sleep 0.25
done
expect_eq "HTTP: the shard is searched again once it is back" "$back" yes
expect_eq "HTTP: the full answer again" "$(echo "$r" | json "$view")" "$(echo "$full" | json "$view")"
expect_eq "CLI: the full answer again" "$("$ZAALT" search "${SHARDS[@]}" --json --limit 0 'хүн' | json 'j["total"]')" "$cli_full"
