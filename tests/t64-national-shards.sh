#!/usr/bin/env bash
# t64-national-shards.sh — bench/national/shards runs end to end on a small
# national corpus: the public level is split into two shards that hold
# every unit between them, each served by xapian-tcpsrv; the report has a
# latency row for each layout with no query error, and the shards answer
# every query as the single index does (total, page, "more" counts, facets)
# on a log where most queries find something, so the equality means something.
# SHARD_BY=index: shards indexed on their own by `zaalt index --shard K/2`
# hold every unit of the corpus once, their `zaalt merge` answers
# every query with the totals and facet counts of an index written in one
# run, and the shards searched remotely answer as the merge does.
# Not for: the figures (make bench SIZE=1m) or sharding itself (t66).
. tests/lib.sh
command -v xapian-tcpsrv >/dev/null || skip_all "xapian-tcpsrv is not installed (Debian package xapian-tools)"
index_national 400
work=$tmpdir/shards
# querybench as make check built it ($B: with the sanitizers under SANITIZE=1).
qb=$B/bench/speed/querybench
[ -x "$qb" ] || qb=
if QB=$qb INDEX=$db WORK=$work SHARDS=2 QUERIES=60 WARMUP=0 bench/national/shards test \
    >"$tmpdir/out.md" 2>"$tmpdir/run.err"; then
    pass "bench/national/shards exits 0"
else
    fail "bench/national/shards exits 0" "$(tail -3 "$tmpdir/run.err")"
fi
report=$work/report.md
expect_eq "the report is written" "$([ -s "$report" ] && echo yes)" yes

# The split: two non-empty shards holding every unit of the public level once.
whole=$(documents "$db/public")
one=$(documents "$work/s-2-1")
two=$(documents "$work/s-2-2")
expect_eq "the shards hold every unit between them" "$((${one:-0} + ${two:-0}))" "${whole:-none}"
expect_eq "neither shard is empty" "$([ "${one:-0}" -gt 0 ] && [ "${two:-0}" -gt 0 ] && echo yes)" yes

# A latency row per layout, numbers in every column, no errors (a remote
# shard that did not record its level would not be searched at all).
for label in '1 index, local folder' '1 index, remote' '2 shards, remote'; do
    r=$(grep -F "| $label" "$report" | head -1)
    if [ -n "$r" ] && awk -F'|' '{ for (i = 3; i <= 7; i++) if ($i !~ /^ *[0-9]+\.[0-9]+ *$/) exit 1;
                                   if ($8 !~ /^ *0 *$/) exit 1 }' <<<"$r"; then
        pass "a latency row for $label, no errors"
    else
        fail "a latency row for $label, no errors" "${r:-no row}"
    fi
done

# Exactness: every query answers the same over the shards, and the log is
# not one of empty answers.
found=$(awk -F'\t' '$3 != ""' "$work/dump-one.txt" | wc -l)
expect_eq "most of the 60 queries find something" "$([ "$found" -ge 30 ] && echo yes)" yes
expect_eq "the single index and the shards answer the same queries" \
    "$(wc -l <"$work/dump-shards.txt")" "$(wc -l <"$work/dump-one.txt")"
expect_eq "2 shards answer all 60 queries as the single index does" \
    "$(grep -F '| 2 shards, remote |' "$report" | tail -1)" "| 2 shards, remote | 60 | 60 | 60 | 60 | 60 | 60 |"
# And the comparison can fail: one shard alone answers otherwise.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
setsid xapian-tcpsrv --interface 127.0.0.1 --port "$port" "$work/s-2-1" >"$tmpdir/tcpsrv.log" 2>&1 &
srv=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.05; done
"${qb:-$work/querybench}" --db "tcp://127.0.0.1:$port" --level public --queries "$work/queries.txt" --warmup 0 \
    --dump "$tmpdir/half.txt" >/dev/null 2>&1
kill "$srv" 2>/dev/null; wait "$srv" 2>/dev/null
expect_eq "one shard alone does not answer as the whole does" \
    "$(cmp -s "$tmpdir/half.txt" "$work/dump-one.txt" || echo differs)" differs

# A split run again over its own finished shard goes on from its last unit
# (nothing left to copy); over a shard of another index, which may hold
# the same ids for other units, it starts afresh.
split=$work/split
if [ -x "$split" ]; then
    out=$("$split" "$db/public" 2 1 "$work/s-2-1" 2>&1)
    expect_contains "a finished shard split again is continued, not made anew" "$out" "($one of them copied before"
    expect_eq "...and holds the same units" \
        "$(documents "$work/s-2-1")" "$one"
    other=$tmpdir/other
    "$ZAALT" index -q --db "$other" "$corpus/decisions" >/dev/null 2>&1 || fail "a second index for the split"
    out=$("$split" "$other/public" 2 1 "$work/s-2-1" 2>&1)
    expect_not_contains "a shard of another index is not continued" "$out" "copied before"
    "$split" "$other/public" 2 1 "$tmpdir/fresh-shard" >/dev/null 2>&1
    expect_eq "...it holds what a split into an empty folder holds" \
        "$(documents "$work/s-2-1")" \
        "$(documents "$tmpdir/fresh-shard")"
else
    fail "bench/national/shards built its split" "$split"
fi

# SHARD_BY=index over the same corpus (without the statutes).
touch "$corpus/.complete"
work2=$tmpdir/byindex
if QB=$qb ZAALT=$ZAALT CORPUS=$corpus STATUTES=0 WORK=$work2 SHARDS=2 QUERIES=60 WARMUP=0 SHARD_BY=index \
    bench/national/shards test >"$tmpdir/out2.md" 2>"$tmpdir/run2.err"; then
    pass "SHARD_BY=index: bench/national/shards exits 0"
else
    fail "SHARD_BY=index: bench/national/shards exits 0" "$(tail -3 "$tmpdir/run2.err")"
fi
units() { documents "$1"; }
i1=$(units "$work2/ix-2-1/public") i2=$(units "$work2/ix-2-2/public")
expect_eq "SHARD_BY=index: two shards, neither empty" "$([ "${i1:-0}" -gt 0 ] && [ "${i2:-0}" -gt 0 ] && echo yes)" yes
expect_eq "...holding every unit of the one-run index between them" "$((${i1:-0} + ${i2:-0}))" "${whole:-none}"
expect_eq "...as their merge does" "$(units "$work2/merged/public")" "${whole:-none}"
for lv in restricted sealed; do
    expect_eq "...and the merge holds the $lv level's units too" "$(units "$work2/merged/$lv")" "$(units "$db/$lv")"
done
expect_eq "SHARD_BY=index: 2 shards answer all 60 queries as their merge does" \
    "$(grep -F '| 2 shards, remote |' "$work2/report.md" | tail -1)" "| 2 shards, remote | 60 | 60 | 60 | 60 | 60 | 60 |"
# The merge against the index written in one run: the same totals and facet
# counts for every query (the order of hits of equal weight may differ).
"${qb:-$work/querybench}" --db "$db" --level public --queries "$work2/queries.txt" --warmup 0 \
    --dump "$tmpdir/onerun.txt" >/dev/null 2>&1
cut -f1,2,4 "$tmpdir/onerun.txt" >"$tmpdir/onerun.cut"
cut -f1,2,4 "$work2/dump-one.txt" >"$tmpdir/merged.cut"
expect_eq "the merge answers 60 queries with the totals and facets of the one-run index" \
    "$(cmp -s "$tmpdir/onerun.cut" "$tmpdir/merged.cut" && wc -l <"$tmpdir/merged.cut")" 60
