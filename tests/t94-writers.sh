#!/usr/bin/env bash
# t94-writers.sh — `zaalt index --writers N`: a new index built as N parts
# side by side and merged answers every query as the index one writer makes
# (totals, pages as sets, facets; the operator's and the public's), leaves
# no part behind, keeps the parts' OCR, and is kept up to date afterwards by
# one writer; with --force it is rebuilt by the parts and put in place of
# the old (the demo, and a small corpus that changed, answer as one writer's
# index); `[index] writers = N` does what the option does; a run stopped by
# SIGINT keeps its parts and no index, and the same command goes on from
# there to the same index; --writers refuses --shard and numbers out of
# range.
# Not for: the merge itself (t93-merge.sh) or its speed at scale
# (bench/national/shards).
. tests/lib.sh
db=$tmpdir/db w=$tmpdir/w
index_demo "$db"
expect_status "zaalt index --writers 2 builds the demo's index" 0 \
    "$ZAALT" index --writers 2 --config "$tmpdir/demo.ini" --db "$w"
expect_contains "each writer reports its part" "$(cat "$tmpdir/out")" ".w.parts-2/2"
expect_contains "...and the merge is said" "$(cat "$tmpdir/out")" "Merged 2 parts into $w"
expect_eq "no part is left beside it" "$(ls -A "$tmpdir" | grep -c 'parts')" 0
expect_contains "the last-run line says it was merged" "$("$ZAALT" stats --db "$w" 2>&1)" "merged from 2 indexes"

QUERIES=(trafficking хүүхэд "хүн худалдаалах" 'article:13.1' '"forced labour"' ganbold type:decision traffiking)
answers "$db" set "${QUERIES[@]}" >"$tmpdir/ans-one"
answers "$w" set "${QUERIES[@]}" >"$tmpdir/ans-w"
grep -q '^[1-9]' "$tmpdir/ans-one" || fail "the queries find something in the one-writer index" "$(head -3 "$tmpdir/ans-one")"
if cmp -s "$tmpdir/ans-one" "$tmpdir/ans-w"; then
    pass "two writers answer as one ($(grep -c . "$tmpdir/ans-one") answers)"
else
    fail "two writers answer as one" "$(diff "$tmpdir/ans-one" "$tmpdir/ans-w" | head -4)"
fi
n_ocr() { find "$1/ocr-cache" -type f 2>/dev/null | wc -l; }
if [ "$(n_ocr "$db")" -gt 0 ]; then
    expect_eq "the parts' recognised pages are kept in the index's OCR cache" "$(n_ocr "$w")" "$(n_ocr "$db")"
else
    skip "the parts' OCR is kept" "the one-writer index recognised no page (no OCR here)"
fi

expect_status "the same command again succeeds" 0 "$ZAALT" index --writers 2 --config "$tmpdir/demo.ini" --db "$w"
expect_contains "...says the index exists and one writer updates it" "$(cat "$tmpdir/out")" "updates it with one writer"
expect_contains "...and finds nothing changed" "$(cat "$tmpdir/out")" "Indexed 0 files"

# --force: the index rebuilt by the parts, put in place of the old level by level.
expect_status "--force --writers 2 rebuilds the existing index" 0 \
    "$ZAALT" index --force --writers 2 --config "$tmpdir/demo.ini" --db "$w"
expect_contains "...through two parts, merged" "$(cat "$tmpdir/out")" "Merged 2 parts into $w"
answers "$w" set "${QUERIES[@]}" >"$tmpdir/ans-force"
if cmp -s "$tmpdir/ans-one" "$tmpdir/ans-force"; then
    pass "the rebuilt index answers as one writer's"
else
    fail "the rebuilt index answers as one writer's" "$(diff "$tmpdir/ans-one" "$tmpdir/ans-force" | head -4)"
fi
expect_eq "...nothing is left beside it" "$(ls -A "$tmpdir" | grep -c -e "\.parts-" -e "\.rebuilt")" 0
if [ "$(n_ocr "$db")" -gt 0 ]; then
    expect_eq "...and its OCR cache is the one it had" "$(n_ocr "$w")" "$(n_ocr "$db")"
fi

expect_status "--writers with --shard is refused" 1 "$ZAALT" index --writers 2 --shard 1/2 --db "$tmpdir/x" "$tmpdir"
expect_contains "...saying why" "$(cat "$tmpdir/err")" "does not go with --shard"
expect_status "--writers 65 is refused" 1 "$ZAALT" index --writers 65 --db "$tmpdir/x" "$tmpdir"
expect_eq "...and makes nothing" "$([ -e "$tmpdir/x" ] && echo made || echo none)" none

# [index] writers = N in a config does what the option does; the option wins.
mkdir -p "$tmpdir/small"
for i in 1 2 3 4 5 6; do printf 'Note %s on labour recruitment and brokers, file quillon%s.\n' "$i" "$i" >"$tmpdir/small/n$i.txt"; done
printf '[index]\nwriters = 2\n[source small]\nroot = %s\n' "$tmpdir/small" >"$tmpdir/w.ini"
expect_status "[index] writers = 2 builds through two parts" 0 "$ZAALT" index --config "$tmpdir/w.ini" --db "$tmpdir/cw"
expect_contains "...merged at the end" "$(cat "$tmpdir/out")" "Merged 2 parts into $tmpdir/cw"
expect_eq "...holding every file" "$("$ZAALT" search --db "$tmpdir/cw" --json brokers | json 'j["total"]')" 6
expect_status "--writers 1 overrides the config" 0 "$ZAALT" index --writers 1 --config "$tmpdir/w.ini" --db "$tmpdir/c1"
expect_eq "...one writer, no merge" "$(grep -c Merged "$tmpdir/out")" 0
# A corpus that changed, rebuilt by two writers and by one: the same answers.
rm "$tmpdir/small/n1.txt"
printf 'Note 7 on brokers and debt bondage, file quillon7.\n' >"$tmpdir/small/n7.txt"
printf 'Note 2 rewritten: wage withholding, file quillon2.\n' >"$tmpdir/small/n2.txt"
"$ZAALT" index -q --force --config "$tmpdir/w.ini" --db "$tmpdir/cw" >"$tmpdir/rb.out" 2>&1 ||
    fail "rebuild the changed small corpus with [index] writers = 2" "$(head -3 "$tmpdir/rb.out")"
"$ZAALT" index -q --force --writers 1 --config "$tmpdir/w.ini" --db "$tmpdir/c1" >/dev/null 2>&1 ||
    fail "re-index the changed small corpus with one writer"
SQ=(brokers quillon1 quillon2 quillon7 withholding "debt bondage" recruitment)
answers "$tmpdir/cw" set "${SQ[@]}" >"$tmpdir/cw.ans"
answers "$tmpdir/c1" set "${SQ[@]}" >"$tmpdir/c1.ans"
expect_eq "after the change, brokers are in five notes" "$(head -1 "$tmpdir/cw.ans" | cut -d' ' -f1)" 5
expect_eq "...the removed note is gone" "$(sed -n 2p "$tmpdir/cw.ans" | cut -d' ' -f1)" 0
if cmp -s "$tmpdir/cw.ans" "$tmpdir/c1.ans"; then
    pass "the changed corpus rebuilt by two writers answers as one writer's re-index"
else
    fail "the changed corpus rebuilt by two writers answers as one writer's" "$(diff "$tmpdir/cw.ans" "$tmpdir/c1.ans" | head -4)"
fi
mkdir -p "$tmpdir/.cw.parts-3/1"
expect_status "a run that does not use stopped parts beside the index" 0 \
    "$ZAALT" index --writers 1 --config "$tmpdir/w.ini" --db "$tmpdir/cw"
expect_contains "...says where they lie" "$(cat "$tmpdir/out")" "$tmpdir/.cw.parts-3 holds the parts of a stopped"
rm -rf "$tmpdir/.cw.parts-3"
printf '[index]\nwriters = many\n[source small]\nroot = %s\n' "$tmpdir/small" >"$tmpdir/bad.ini"
expect_status "[index] writers that is no number is a config error" 1 \
    "$ZAALT" index --config "$tmpdir/bad.ini" --db "$tmpdir/c2"
expect_contains "...naming the key" "$(cat "$tmpdir/err")" "[index] writers must be a number from 1 to 64"

# Stopped half-way: a national corpus large enough to take some seconds.
if [ ! -f "$SHARED/data/mn_criminal_decisions_2020_2026.tsv" ]; then
    skip "a run stopped by SIGINT goes on" "no national metadata in $SHARED"
    exit 0
fi
corpus=$tmpdir/national
bench/national/gen --units 1500 --statute-units 0 --out "$corpus" >"$tmpdir/gen.out" 2>&1 ||
    { fail "generate a national corpus" "$(tail -2 "$tmpdir/gen.out")"; exit 0; }
printf '[source national]\nroot = %s\ntype.decision = decisions/*;appeal/*;cassation/*\n' "$corpus" >"$tmpdir/n.ini"
s=$tmpdir/stopped parts=$tmpdir/.stopped.parts-2
"$ZAALT" index --writers 2 --no-ocr --commit-every 20 --config "$tmpdir/n.ini" --db "$s" >"$tmpdir/stop.out" 2>&1 &
pid=$!
# Stopped once both parts have committed documents (at 20 units of their
# 750 or so), whatever the machine's speed: a slower build (SANITIZE=1) or
# a loaded machine only waits longer (at most 10 minutes).
committed() { [ "$(documents "$1/public")" -gt 0 ] 2>/dev/null; }
for _ in $(seq 1 6000); do
    committed "$parts/1" && committed "$parts/2" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
kill -INT "$pid"
wait "$pid"
expect_eq "SIGINT stops the writers: exit 130" "$?" 130
expect_eq "...each writer commits what it did" "$(grep -c 'Interrupted (SIGINT)' "$tmpdir/stop.out")" 2
expect_contains "...and the parts are kept for the next run" "$(cat "$tmpdir/stop.out")" "the parts stay in $parts"
expect_eq "no index is put in place" "$([ -e "$s/public" ] && echo made || echo none)" none
expect_status "the same command goes on" 0 "$ZAALT" index --writers 2 --no-ocr --commit-every 20 --config "$tmpdir/n.ini" --db "$s"
kept=$(sed -n 's/.*; \([0-9]*\) unchanged.*/\1/p' "$tmpdir/out" | awk "{s += \$1} END {print s + 0}")
[ "${kept:-0}" -gt 0 ] && pass "...from where the parts stopped ($kept files not read again)" ||
    fail "the second run goes on from the parts" "$(head -3 "$tmpdir/out")"
"$ZAALT" index -q --no-ocr --config "$tmpdir/n.ini" --db "$tmpdir/n-one" >/dev/null 2>&1 ||
    fail "index the national corpus with one writer"
NQ=(хүн "хорих ял" 'article:11.6' 'court:"Улсын Дээд шүүх"' залилан)
answers "$tmpdir/n-one" set "${NQ[@]}" >"$tmpdir/n-one.ans"
answers "$s" set "${NQ[@]}" >"$tmpdir/n-w.ans"
grep -q '^[1-9]' "$tmpdir/n-one.ans" || fail "the national queries find something" "$(head -3 "$tmpdir/n-one.ans")"
if cmp -s "$tmpdir/n-one.ans" "$tmpdir/n-w.ans"; then
    pass "the index finished after the stop answers as one writer's ($(grep -c . "$tmpdir/n-one.ans") answers)"
else
    fail "the index finished after the stop answers as one writer's" \
        "$(diff "$tmpdir/n-one.ans" "$tmpdir/n-w.ans" | head -4)"
fi
expect_eq "no part is left after it" "$([ -e "$parts" ] && echo left || echo none)" none

