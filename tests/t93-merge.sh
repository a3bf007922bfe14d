#!/usr/bin/env bash
# t93-merge.sh — `zaalt merge`: the demo corpus indexed as two parts
# (`zaalt index --shard K/2`) and merged answers every query as the index
# written in one run does (totals, pages as sets, facets; the operator's and
# the public's), offers the same spelling suggestions, and is kept up to
# date by a later index run as if that run had written it; a word seen once
# in each part is offered as one index of the whole would offer it; parts
# that overlap, that were made with another configuration, that an index
# run holds, that are damaged or whose last run did not finish are refused,
# leaving nothing behind; what a killed merge left is cleared by the next.
# Not for: merging at scale (bench/national/shards, SHARD_BY=index).
. tests/lib.sh
db=$tmpdir/db
index_demo "$db"
p1=$tmpdir/p1 p2=$tmpdir/p2 m=$tmpdir/merged
# The parts start with the one-run index's OCR cache: the demo's scanned
# decision is recognised once a run (index_demo, whose OCR t20 checks),
# not again by whichever part it falls in (six seconds of CPU); the parts'
# text, and so every answer compared below, is the same.
for p in "$p1" "$p2"; do mkdir -p "$p" && cp -a "$db/ocr-cache" "$p/"; done
"$ZAALT" index -q --config "$tmpdir/demo.ini" --db "$p1" --shard 1/2 >/dev/null 2>&1 || fail "index part 1 of 2"
"$ZAALT" index -q --config "$tmpdir/demo.ini" --db "$p2" --shard 2/2 >/dev/null 2>&1 || fail "index part 2 of 2"
docs() { "$ZAALT" stats --db "$1" 2>/dev/null | awk 'NR==1{print $1}'; }
d1=$(docs "$p1") d2=$(docs "$p2")
expect_eq "each part holds some of the demo's documents" "$([ "${d1:-0}" -gt 0 ] && [ "${d2:-0}" -gt 0 ] && echo yes)" yes
expect_eq "...and together all of them" "$((${d1:-0} + ${d2:-0}))" "$(docs "$db")"

expect_status "zaalt merge succeeds" 0 "$ZAALT" merge --db "$m" "$p1" "$p2"
expect_contains "it says what it made" "$(cat "$tmpdir/out")" "Merged 2 indexes into $m"
expect_contains "the last-run line says the index was merged" "$("$ZAALT" stats --db "$m" 2>&1)" "merged from 2 indexes"
expect_eq "nothing is left beside it" "$(ls -A "$tmpdir" | grep -c '\.merging$')" 0

# Hits of equal weight may come in another order: documents are numbered
# part after part.
QUERIES=(trafficking хүүхэд "хүн худалдаалах" 'article:13.1' '"forced labour"' ganbold type:decision traffiking
    худалдаалахх)
answers "$db" set "${QUERIES[@]}" >"$tmpdir/ans-one"
answers "$m" set "${QUERIES[@]}" >"$tmpdir/ans-merged"
grep -q '^[1-9]' "$tmpdir/ans-one" || fail "the queries find something in the one-run index" "$(head -3 "$tmpdir/ans-one")"
expect_eq "some query is offered a spelling suggestion" \
    "$(grep -vc ' None$' "$tmpdir/ans-one" | awk '{print ($1 > 0) ? "yes" : "no"}')" yes
if cmp -s "$tmpdir/ans-one" "$tmpdir/ans-merged"; then
    pass "the merge answers as the one-run index ($(grep -c . "$tmpdir/ans-one") answers)"
else
    fail "the merge answers as the one-run index" "$(diff "$tmpdir/ans-one" "$tmpdir/ans-merged" | head -4)"
fi
run=$("$ZAALT" index --db "$m" --config "$tmpdir/demo.ini" 2>&1)
expect_contains "an index run over the merge finds nothing changed" "$run" "Indexed 0 files"

# A word seen once in each part: neither part's dictionary has it (a word
# of one unit is left out), the whole's does, and so must the merge's.
c=$tmpdir/c
mkdir -p "$c"
for i in 1 2 3 4 5 6 7 8; do printf 'Common words about labour and courts, file marker%s.\n' "$i" >"$c/f$i.txt"; done
"$ZAALT" index -q --db "$tmpdir/q1" --shard 1/2 "$c" >/dev/null 2>&1
"$ZAALT" index -q --db "$tmpdir/q2" --shard 2/2 "$c" >/dev/null 2>&1
holds() { "$ZAALT" search --db "$1" --json "marker$2" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }
one= two=
for i in 1 2 3 4 5 6 7 8; do
    [ -z "$one" ] && [ "$(holds "$tmpdir/q1" "$i")" = 1 ] && one=$i
    [ -z "$two" ] && [ "$(holds "$tmpdir/q2" "$i")" = 1 ] && two=$i
done
if [ -n "$one" ] && [ -n "$two" ]; then
    printf 'The zanzibarite clause applies.\n' >>"$c/f$one.txt"
    printf 'Another zanzibarite reference.\n' >>"$c/f$two.txt"
    "$ZAALT" index -q --db "$tmpdir/q1" --shard 1/2 "$c" >/dev/null 2>&1
    "$ZAALT" index -q --db "$tmpdir/q2" --shard 2/2 "$c" >/dev/null 2>&1
    "$ZAALT" index -q --db "$tmpdir/qall" "$c" >/dev/null 2>&1
    "$ZAALT" merge -q --db "$tmpdir/qm" "$tmpdir/q1" "$tmpdir/q2" >/dev/null 2>&1 || fail "merge the small parts"
    suggest() { "$ZAALT" search --db "$1" --json zanzibarete 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin).get("suggestion"))'; }
    expect_eq "the whole index offers a word seen in two files" "$(suggest "$tmpdir/qall")" zanzibarite
    expect_eq "...neither part does" "$(suggest "$tmpdir/q1") $(suggest "$tmpdir/q2")" "None None"
    expect_eq "...and the merge does" "$(suggest "$tmpdir/qm")" zanzibarite
else
    fail "the eight small files fall in both parts" "part 1: ${one:-none}, part 2: ${two:-none}"
fi

# More parts than files: a part given none holds no document and lacks
# what only a run that writes records; it adds nothing, and is no refusal.
mkdir -p "$tmpdir/one"
printf 'A single note on labour recruitment.\n' >"$tmpdir/one/a.txt"
for k in 1 2 3; do "$ZAALT" index -q --db "$tmpdir/e$k" --shard "$k/3" "$tmpdir/one" >/dev/null 2>&1; done
expect_eq "of three parts of one file, two are empty" \
    "$(for k in 1 2 3; do docs "$tmpdir/e$k"; done | grep -c '^0$')" 2
expect_status "parts given no file merge with the one that holds it" 0 \
    "$ZAALT" merge --db "$tmpdir/em" "$tmpdir/e1" "$tmpdir/e2" "$tmpdir/e3"
expect_eq "...into an index holding that file" \
    "$("$ZAALT" search --db "$tmpdir/em" --json recruitment | json 'j["total"]')" 1
expect_eq "...saying which parts it left out" "$(grep -c '^left out .*/e[0-9]: it holds no document' "$tmpdir/out")" 2

# Refusals, each leaving no new folder and nothing half-made.
refused() {  # NAME NEEDLE ARGS...: zaalt merge exits 1 saying NEEDLE
    local name=$1 needle=$2
    shift 2
    local out st
    out=$("$ZAALT" merge "$@" 2>&1)
    st=$?
    if [ "$st" = 1 ] && [[ "$out" == *"$needle"* ]]; then pass "$name"; else fail "$name" "exit $st: $out"; fi
}
refused "a part named twice is refused" "named twice" --db "$tmpdir/x1" "$p1" "$p1"
refused "parts holding the same file are refused" "hold the file" --db "$tmpdir/x2" "$p1" "$m"
mkdir -p "$tmpdir/other-src"
printf 'Another corpus.\n' >"$tmpdir/other-src/a.txt"
"$ZAALT" index -q --db "$tmpdir/other" "$tmpdir/other-src" >/dev/null 2>&1
refused "a part made with another configuration is refused" "not made with one configuration" \
    --db "$tmpdir/x3" "$p1" "$tmpdir/other"
# Parts whose source differs only in its mask setting: the message names the
# setting, and shows the two values where they differ (probe F29, finding
# 8: both had been cut to the same first 48 characters).
for k in 0 1; do
    printf '[source c]\nroot = %s\nmask = %s\n' "$c" "$([ $k = 1 ] && echo true || echo false)" >"$tmpdir/cm$k.ini"
done
"$ZAALT" index -q --config "$tmpdir/cm0.ini" --db "$tmpdir/r1" --shard 1/2 >/dev/null 2>&1
"$ZAALT" index -q --config "$tmpdir/cm1.ini" --db "$tmpdir/r2" --shard 2/2 >/dev/null 2>&1
refused "parts masked differently are refused, naming the setting" "zaalt:mask:c (source c's mask setting: false in one part, true in the other)" \
    --db "$tmpdir/x10" "$tmpdir/r1" "$tmpdir/r2"
out=$("$ZAALT" merge --db "$tmpdir/x10" "$tmpdir/r1" "$tmpdir/r2" 2>&1)
expect_contains "...showing the two values where they differ" "$out" ":0' in one and '…"
expect_contains "...both" "$out" ":1' in the other"
refused "a folder without an index is refused" "no index at" --db "$tmpdir/x4" "$p1" "$tmpdir/other-src"
refused "a new folder that holds something is refused" "already holds something" --db "$p2" "$p1" "$tmpdir/q1"
# (one process holds it, so that killing it frees the lock)
(exec python3 -c 'import fcntl, sys, time; f = open(sys.argv[1], "a"); fcntl.flock(f, fcntl.LOCK_EX); time.sleep(30)' \
    "$p2/write.lock") &
holder=$!
for _ in $(seq 100); do flock -n "$p2/write.lock" true || break; sleep 0.1; done
refused "a part an index run is writing is refused" "being written" --db "$tmpdir/x5" "$p1" "$p2"
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null

# A damaged part is no empty one (probe F29, finding 1): its documents would
# be lost without a word.  Its level that Xapian cannot read refuses the
# merge, naming the part and the level.
cp -a "$p2" "$tmpdir/cut"
pl=$tmpdir/cut/public/postlist.glass
truncate -s $(($(stat -c %s "$pl") / 2)) "$pl"
refused "a part whose public postlist is cut short is refused" "the part $tmpdir/cut cannot be merged: its public database" \
    --db "$tmpdir/x6" "$p1" "$tmpdir/cut"
# (every level garbled: no level opens, so the part looked as one given no file)
cp -a "$p2" "$tmpdir/garbled"
for l in public restricted sealed; do printf garbage >"$tmpdir/garbled/$l/iamglass"; done
refused "a part whose databases are garbled is refused" "the part $tmpdir/garbled cannot be merged: its public database" \
    --db "$tmpdir/x7" "$p1" "$tmpdir/garbled"
# A part whose last run stopped before its end lacks files of its share.
mnt=$tmpdir/small
mkdir -p "$mnt"
if mount -t tmpfs -o size=3m tmpfs "$mnt" 2>/dev/null; then
    unmount_small() { umount "$mnt" 2>/dev/null; }
    on_exit unmount_small
    mkdir -p "$mnt/part" && cp -a "$db/ocr-cache" "$mnt/part/" 2>/dev/null
    expect_status "a part's run on a full disk stops (exit 2)" 2 \
        "$ZAALT" index -q --config "$tmpdir/demo.ini" --db "$mnt/part" --shard 1/2
    refused "a part whose run the full disk stopped is refused" "the part $mnt/part cannot be merged: its last index run did not finish" \
        --db "$tmpdir/x8" "$mnt/part" "$p2"
    umount "$mnt"
else
    skip "a part whose run the full disk stopped is refused" "cannot mount a tmpfs"
fi
# A part left by a run that a signal stopped says ", interrupted" at its
# end (run.c); one killed after a commit, "started, not finished".
mkdir -p "$tmpdir/stopped" && cp -a "$db/ocr-cache" "$tmpdir/stopped/"
"$ZAALT" index -q --config "$tmpdir/demo.ini" --db "$tmpdir/stopped" --shard 1/2 >/dev/null 2>&1 &
ipid=$!
# (its databases made, it has the signal watched: it commits and stops)
for _ in $(seq 300); do [ -e "$tmpdir/stopped/sealed/iamglass" ] && break; sleep 0.05; done
kill -TERM "$ipid" 2>/dev/null
wait "$ipid"
ist=$?
if [ "$ist" = 143 ]; then
    refused "a part whose run a signal stopped is refused" "the part $tmpdir/stopped cannot be merged: its last index run did not finish" \
        --db "$tmpdir/x9" "$p2" "$tmpdir/stopped"
else
    skip "a part whose run a signal stopped is refused" "the run ended (exit $ist) before the signal"
fi
expect_eq "no refused merge left a folder" "$(ls -d "$tmpdir"/x[0-9]* 2>/dev/null | wc -l) $(ls -A "$tmpdir" | grep -c '\.merging$')" "0 0"

# What a killed merge left is cleared by the next one into the same folder.
mkdir -p "$tmpdir/.again.merging/public"
printf 'half a database\n' >"$tmpdir/.again.merging/public/postlist.glass"
expect_status "a merge over a killed one's leftovers succeeds" 0 "$ZAALT" merge -q --db "$tmpdir/again" "$p1" "$p2"
expect_eq "...leaving nothing beside it" "$(ls -A "$tmpdir" | grep -c '\.merging$')" 0
expect_eq "...and holding what the first merge holds" "$("$ZAALT" stats --db "$tmpdir/again" 2>&1 | sed '/^last run/d')" \
    "$("$ZAALT" stats --db "$m" 2>&1 | sed '/^last run/d')"
