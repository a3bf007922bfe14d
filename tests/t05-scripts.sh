#!/usr/bin/env bash
# t05-scripts.sh — every shell and Python script of the project parses:
# the benchmarks, the tests, the tools and CI run only when someone asks
# for them, so a broken one (bench/run lost a `fi` in a merge and `make
# bench` failed for rounds) would otherwise wait for the next person who does.
. tests/lib.sh
# parses FILE: true when a bash or Python script FILE parses (and sets
# `why` when it does not, status 1); status 2 for a file that is neither.
parses() {
    local first
    first=$(head -c 200 "$1" | tr -d '\0' | head -1)
    case $first in
        '#!'*bash*) why=$(bash -n "$1" 2>&1) || return 1 ;;
        '#!'*python3*)
            why=$(python3 -c 'import ast, sys; ast.parse(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1])' "$1" 2>&1) || return 1 ;;
        *) return 2 ;;
    esac
}
# openers: of the NUL-separated names on stdin, those whose first 200
# bytes, NULs dropped (as parses reads them), open with "#!": the only
# files parses can call a script (both its patterns begin so).  One Python
# process reads them all: a pipeline of three processes a file, over the
# 1,400 files of the fuzz corpus and the test data, was most of this test's
# minute; parses still judges every file that opens with "#!".
openers() {
    python3 -c '
import sys
for name in sys.stdin.buffer.read().split(b"\0"):
    if not name:
        continue
    try:
        with open(name, "rb") as f:
            first = f.read(200).replace(b"\0", b"")
    except OSError:
        continue
    if first.startswith(b"#!"):
        sys.stdout.buffer.write(name + b"\0")'
}
n=0 bad=0
while IFS= read -r -d '' f; do
    parses "$f"
    case $? in
        0) n=$((n + 1)) ;;
        1) n=$((n + 1)); bad=$((bad + 1)); fail "$f parses" "$(echo "$why" | tail -2)" ;;
    esac
done < <(git ls-files -z -- bench tests tools .ci Makefile deploy 2>/dev/null | openers)
[ "$n" -gt 20 ] || fail "the scripts are found" "only $n (is this a git checkout?)"
expect_eq "every one of the $n scripts parses" "$bad" 0
# The check itself: the same function finds a bash script missing its `fi`
# and a Python script with an unclosed bracket.
printf '#!/usr/bin/env bash\nif true; then\n    echo x\n' >"$tmpdir/broken.sh"
printf '#!/usr/bin/env python3\nprint((1)\n' >"$tmpdir/broken.py"
printf '#!/usr/bin/env bash\nif true; then echo x; fi\n' >"$tmpdir/fine.sh"
parses "$tmpdir/broken.sh"; expect_eq "a bash script missing its fi is caught" "$?" 1
parses "$tmpdir/broken.py"; expect_eq "a Python script with an unclosed bracket is caught" "$?" 1
parses "$tmpdir/fine.sh"; expect_eq "a sound script passes" "$?" 0
# ...and openers hands parses every file that opens with "#!", a NUL before
# it or not, and no other.
printf '\0#!/usr/bin/env bash\nif true; then\n' >"$tmpdir/nul-broken.sh"
printf 'plain text, #!/usr/bin/env bash later\n' >"$tmpdir/plain.txt"
expect_eq "openers passes the scripts and leaves out the rest" \
    "$(printf '%s\0' "$tmpdir/broken.sh" "$tmpdir/plain.txt" "$tmpdir/broken.py" "$tmpdir/nul-broken.sh" "$tmpdir/missing" |
        openers | tr '\0' ' ')" "$tmpdir/broken.sh $tmpdir/broken.py $tmpdir/nul-broken.sh "
