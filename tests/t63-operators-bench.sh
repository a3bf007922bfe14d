#!/usr/bin/env bash
# t63-operators-bench.sh — the operator benchmark (bench/operators/run) runs
# end to end on a small national corpus: its table has one row per operator
# set with numbers in every latency column and no query error, and the
# queries it draws are words of the corpus (every plain word, every pair
# asked plainly, in one sentence or in one part, finds something).
# Not for: the figures (bench/operators/report, make bench-operators).
. tests/lib.sh
index_national 300
# querybench as make check built it ($B: with the sanitizers under SANITIZE=1).
qb=$B/bench/speed/querybench
[ -x "$qb" ] || qb=
if QB=$qb COUNT=24 PASSES=1 WARMUP=0 BARE=0 OPQ=$tmpdir/q bench/operators/run "$db" "$corpus" \
    >"$tmpdir/table.md" 2>"$tmpdir/run.err"; then
    pass "bench/operators/run exits 0"
else
    fail "bench/operators/run exits 0" "$(tail -3 "$tmpdir/run.err")"
fi

# row LABEL: the table's row for that query form, its cells split on '|'.
row() { grep -F "| \`$1\` |" "$tmpdir/table.md" | head -1; }
for label in 'word' '=word' 'pre*' 'A B' 'A NEAR/5 B' 'A NEAR B' 'A /s B' 'A /p B' '"A B"' 'title:word' 'title:pre*'; do
    r=$(row "$label")
    # Cells (after the empty $1): 4-7 p50 p95 p99 mean, 11 with hits, 13 errors.
    if [ -n "$r" ] && awk -F'|' '{ for (i = 4; i <= 7; i++) if ($i !~ /^ *[0-9]+\.[0-9]+ *$/) exit 1;
                                   if ($13 !~ /^ *0 *$/) exit 1 }' <<<"$r"; then
        pass "a row for $label with p50, p95, p99 and mean, no errors"
    else
        fail "a row for $label with p50, p95, p99 and mean, no errors" "${r:-no row}"
    fi
done
for label in 'word' 'A B' 'A /s B' 'A /p B'; do
    expect_contains "every $label query finds something" "$(row "$label" | awk -F'|' '{print $11}')" "100 %"
done
n=$(grep -cv '^#' "$tmpdir/q/near5.txt")
expect_eq "24 queries a set" "$n" "24"
expect_eq "the NEAR/5 set asks the plain set's pairs" \
    "$(grep -v '^#' "$tmpdir/q/near5.txt" | sed 's| NEAR/5 | |')" "$(grep -v '^#' "$tmpdir/q/and.txt")"
