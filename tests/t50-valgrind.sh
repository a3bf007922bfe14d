#!/usr/bin/env bash
# t50-valgrind.sh — no leaks and no invalid memory use in an index run (one
# writer, two, and two rebuilding) and a search, under valgrind memcheck.  Extractor children exit through _exit and
# are checked by the extractor unit tests instead (--child-silent-after-fork).
. tests/lib.sh
command -v valgrind >/dev/null || skip_all "valgrind is not installed"
case "$B" in *san*) skip_all "valgrind does not run ASan builds" ;; esac

# Extractor children inherit the parent's shared analyzer and _exit without
# freeing it: still reachable, and "possibly lost" inside Xapian::Stem's
# interior pointers, so children are held to "definitely lost" only.  The
# parent frees everything and is held to both.
vg() {
    valgrind -q --leak-check=full --show-leak-kinds=definite,possible \
        --errors-for-leak-kinds=definite,possible --error-exitcode=99 --child-silent-after-fork=yes "$@"
}
vg_forking() {
    valgrind -q --leak-check=full --show-leak-kinds=definite \
        --errors-for-leak-kinds=definite --error-exitcode=99 "$@"
}
vg_forking "$ZAALT" index -q --db "$tmpdir/db" tests/data/corpus >"$tmpdir/out" 2>"$tmpdir/vg"
rc=$?
if [ $rc -eq 0 ]; then pass "index run: no leaks or memory errors"; else fail "index run" "$(head -c 2000 "$tmpdir/vg")"; fi
# --writers: the parent forks the writers, merges, and (with --force over
# the index) exchanges the levels; the writers are held as extractors are.
# The rebuild runs every step of a first build (parts, merge) and the
# exchange besides, so only it runs under valgrind, over an index made
# without.
"$ZAALT" index -q --writers 2 --db "$tmpdir/w" tests/data/corpus >"$tmpdir/out" 2>&1 ||
    fail "index --writers 2" "$(head -c 500 "$tmpdir/out")"
vg_forking "$ZAALT" index -q --force --writers 2 --db "$tmpdir/w" tests/data/corpus >"$tmpdir/out" 2>"$tmpdir/vg"
rc=$?
if [ $rc -eq 0 ]; then pass "index --force --writers 2 (parts, merge, exchange): no leaks or memory errors"; else fail "index --force --writers 2" "$(head -c 2000 "$tmpdir/vg")"; fi
expect_contains "...and the rebuilt index holds the corpus" "$("$ZAALT" stats --db "$tmpdir/w" 2>&1)" "merged from 2 indexes"
vg "$ZAALT" search --db "$tmpdir/db" --json 'хүүхэд OR trafficking OR "seasonal labour"' >"$tmpdir/out" 2>"$tmpdir/vg"
rc=$?
if [ $rc -eq 0 ]; then pass "search: no leaks or memory errors"; else fail "search" "$(head -c 2000 "$tmpdir/vg")"; fi
expect_contains "index under valgrind indexed everything" "$(cat "$tmpdir/db.out" 2>/dev/null; "$ZAALT" stats --db "$tmpdir/db")" "3 documents"
expect_eq "search under valgrind still answers, as without it" "$(json 'j["total"]' <"$tmpdir/out")" \
    "$("$ZAALT" search --db "$tmpdir/db" --json 'хүүхэд OR trafficking OR "seasonal labour"' | json 'j["total"]')"
vg "$ZAALT" show --db "$tmpdir/db" --json "$(json 'j["hits"][0]["doc"]' <"$tmpdir/out")" >/dev/null 2>"$tmpdir/vg"
if [ $? -eq 0 ]; then pass "show: no leaks or memory errors"; else fail "show" "$(head -c 2000 "$tmpdir/vg")"; fi
