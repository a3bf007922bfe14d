#!/usr/bin/env bash
# t05-scripts.sh — every shell and Python script of the project parses:
# the benchmarks, the tests, the tools and CI run only when someone asks
# for them, so a broken one (bench/run lost a `fi` in a merge and `make
# bench` failed for rounds) would otherwise wait for the next person who does.
. tests/lib.sh
n=0 bad=0
while IFS= read -r -d '' f; do
    first=$(head -c 200 "$f" | head -1)
    case $first in
        '#!'*bash*) n=$((n + 1)); out=$(bash -n "$f" 2>&1) || { bad=$((bad + 1)); fail "$f parses (bash -n)" "$out"; } ;;
        '#!'*python3*) n=$((n + 1))
            out=$(python3 -c 'import ast, sys; ast.parse(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1])' "$f" 2>&1) ||
                { bad=$((bad + 1)); fail "$f parses (python3)" "$(echo "$out" | tail -2)"; } ;;
    esac
done < <(git ls-files -z -- bench tests tools .ci Makefile deploy 2>/dev/null)
[ "$n" -gt 20 ] || fail "the scripts are found" "only $n (is this a git checkout?)"
expect_eq "every one of the $n scripts parses" "$bad" 0
# The check itself: a script missing its `fi` is caught.
printf '#!/usr/bin/env bash\nif true; then\n    echo x\n' >"$tmpdir/broken"
if bash -n "$tmpdir/broken" 2>/dev/null; then fail "bash -n catches a missing fi"; else pass "bash -n catches a missing fi"; fi
