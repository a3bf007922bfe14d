#!/usr/bin/env bash
# t99-compact.sh — `zaalt compact`: the index gets smaller and every answer
# (totals, pages, "more" counts, facets; the operator's and the public's)
# stays as it was; a server that opened the index before goes on answering
# and sees what was indexed before the compaction, and an index removed and
# made anew at its path; an index run waits for
# it and it for an index run; what a killed compaction left is removed;
# a folder without an index is refused.
. tests/lib.sh
db=$tmpdir/db
index_demo "$db"

QUERIES=(trafficking хүүхэд "хүн худалдаалах" 'article:13.1' '"forced labour"' ganbold traffiking)
answers "$db" order "${QUERIES[@]}" >"$tmpdir/before"
before_kb=$(du -sk "$db/public" | cut -f1)
# Table files (Xapian's *.glass but the version file) that are not a whole
# number of 32 KB blocks: the writer's are 8 KB blocks, compaction's 32 KB.
odd_tables() { find "$1" -name '*.glass' -size +0 -printf '%s %p\n' | awk '$1 % 32768 != 0 {print $2}'; }
odd_before=$(odd_tables "$db" | wc -l)
grep -q '^[1-9]' "$tmpdir/before" || fail "the queries find something before compaction" "$(head -3 "$tmpdir/before")"

expect_status "zaalt compact succeeds" 0 "$ZAALT" compact --db "$db"
out=$(cat "$tmpdir/out")
expect_contains "it says what each level took" "$out" "public: "
expect_contains "and the whole" "$out" "% smaller"
after_kb=$(du -sk "$db/public" | cut -f1)
if [ "$after_kb" -lt "$before_kb" ]; then
    pass "the public database is smaller ($before_kb -> $after_kb KB)"
else
    fail "the public database is smaller" "$before_kb -> $after_kb KB"
fi
if [ "$odd_before" -gt 0 ]; then
    expect_eq "its tables are written in 32 KB blocks ($odd_before were not)" "$(odd_tables "$db" | wc -l)" 0
else
    fail "the index as written has tables of 8 KB blocks (else the block check means nothing)"
fi
answers "$db" order "${QUERIES[@]}" >"$tmpdir/after"
if cmp -s "$tmpdir/before" "$tmpdir/after"; then
    pass "every answer is as before ($(grep -c . "$tmpdir/after") answers)"
else
    fail "every answer is as before" "$(diff "$tmpdir/before" "$tmpdir/after" | head -4)"
fi
expect_eq "nothing is left beside the levels" "$(ls -A "$db" | grep -c '^\.compact-')" 0
run=$("$ZAALT" index --db "$db" --config "$tmpdir/demo.ini" 2>&1)
expect_contains "an index run after it finds nothing changed" "$run" "Indexed 0 files"

# A server holding a small index open, compacted under it.  A fresh index
# is at revision 1, as a compacted copy would be if its revisions started
# again: then a reader that last looked before the second run would not see
# that the database was replaced.
small=$tmpdir/small
mkdir -p "$tmpdir/c1"
printf 'Alphamarker хүүхэд хөдөлмөр\n' >"$tmpdir/c1/a.txt"
"$ZAALT" index -q --db "$small" "$tmpdir/c1" >/dev/null 2>&1
if start_server --db "$small" --bind 127.0.0.1; then
    http_get "$U/api/search?q=alphamarker"
    expect_eq "the server finds the first file" "$(body_value 'j["total"]')" 1
    printf 'Betamarker хүүхэд\n' >"$tmpdir/c1/b.txt"
    "$ZAALT" index -q --db "$small" "$tmpdir/c1" >/dev/null 2>&1
    expect_status "the small index compacts" 0 "$ZAALT" compact -q --db "$small"
    http_get "$U/api/search?q=betamarker"
    expect_eq "the server finds what was indexed before the compaction" "$(body_value 'j["total"]')" 1
    http_get "$U/api/search?q=хүүхэд"
    expect_eq "and counts both files" "$(body_value 'j["total"]')" 2
    expect_eq "its facets count both" "$(body_value 'sum(v["count"] for v in dict(j["facets"])["type"])')" 2
    http_get "$U/api/search?q=alphamarker"
    expect_eq "the first file is still found" "$(body_value 'j["total"]')" 1
    stop_server
else
    fail "zaalt serve starts on a small index" "$(tail -2 "$server_log")"
fi

# An index removed and made anew at the path a server has open, from other
# files, in one run as the first was: the same revision, other files.
anew=$tmpdir/anew
mkdir -p "$tmpdir/c2"
printf 'Gammamarker хүүхэд\n' >"$tmpdir/c2/c.txt"
"$ZAALT" index -q --db "$anew" "$tmpdir/c2" >/dev/null 2>&1
if start_server --db "$anew" --bind 127.0.0.1; then
    http_get "$U/api/search?q=gammamarker"
    expect_eq "a server on an index of one run finds its file" "$(body_value 'j["total"]')" 1
    rm -rf "$anew" "$tmpdir/c2"
    mkdir -p "$tmpdir/c2"
    printf 'Deltamarker хүүхэд\n' >"$tmpdir/c2/d.txt"
    "$ZAALT" index -q --db "$anew" "$tmpdir/c2" >/dev/null 2>&1
    http_get "$U/api/search?q=deltamarker"
    expect_eq "the index removed and made anew at its path: the server answers from the new one" "$(body_value 'j["total"]')" 1
    http_get "$U/api/search?q=gammamarker"
    expect_eq "...and no longer from the removed one" "$(body_value 'j["total"]')" 0
    stop_server
else
    fail "zaalt serve starts on an index of one run" "$(tail -2 "$server_log")"
fi

# The index's lock: a run holding it refuses compaction, and the reverse.
exec 9>>"$small/write.lock"
flock -n 9 || fail "the test takes the index lock"
expect_status "compaction is refused while an index run holds the lock" 1 "$ZAALT" compact --db "$small"
expect_contains "and says why" "$(cat "$tmpdir/err")" "being written by another"
exec 9>&-
# What a compaction killed midway leaves: a partial copy beside the levels.
mkdir -p "$small/.compact-public"
printf 'partial' >"$small/.compact-public/postlist.glass"
expect_status "a compaction after a killed one succeeds" 0 "$ZAALT" compact --db "$small"
expect_eq "and removes what the killed one left" "$(ls -A "$small" | grep -c '^\.compact-')" 0
expect_eq "the index still answers" \
    "$("$ZAALT" search --db "$small" --json --limit 0 хүүхэд | json 'j["total"]')" 2

expect_status "a folder without an index is refused" 1 "$ZAALT" compact --db "$tmpdir/c1"
expect_contains "with a message" "$(cat "$tmpdir/err")" "no index at"
expect_status "a missing folder is refused" 1 "$ZAALT" compact --db "$tmpdir/nowhere"
