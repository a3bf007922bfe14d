#!/usr/bin/env bash
# t98-soak.sh — an index survives being killed at random moments: a corpus
# is indexed while the run is killed SOAK_KILLS times (default 10; `make
# soak` does 50), mostly with kill -9, every fourth time with SIGTERM, each
# after a random wait, each new run resuming the last.  After every kill no
# process of the run is left and the index opens; at the end one more run
# completes it, and it must equal a clean run of the same corpus: the same
# documents, units, facets and failures, and in every level database the
# same terms with the same frequencies.
. tests/lib.sh
command -v xapian-delve >/dev/null || skip_all "xapian-delve (xapian-tools) is not installed"
kills=${SOAK_KILLS:-10}
corpus=$tmpdir/c
mkdir -p "$corpus/a" "$corpus/b"
python3 - "$corpus" <<'PY'
import sys, os, random
root = sys.argv[1]
rng = random.Random(20)
words = ("хүүхэд хохирогч шүүх хөдөлмөр гэрээ зуучлагч хил паспорт victim court labour recruiter border "
         "passport contract debt shelter").split()
for i in range(240):
    sub = "a" if i % 3 else "b"
    with open(os.path.join(root, sub, f"doc{i:04d}.txt"), "w") as f:
        f.write(f"Document {i} marker{i:04d}\n\n")
        for p in range(rng.randint(5, 120)):
            f.write(" ".join(rng.choice(words) for _ in range(rng.randint(8, 40))) + ".\n\n")
PY
# The demo's XML and text-layer PDFs too, when built: other handlers, and
# units of several kinds.
if [ -d build/demo ]; then
    mkdir -p "$corpus/demo"
    (cd build/demo && find . -type f \( -name '*.xml' -o -name '*.pdf' \) ! -name '*scan*' -print0 |
        xargs -0 -I{} cp --parents {} "$corpus/demo/")
fi
files=$(find "$corpus" -type f | wc -l)

db=$tmpdir/soak
procs_of() { pgrep -f -- "--db $1( |$)" | tr '\n' ' '; }
orphans=0 unopenable=0 finished=0 why="" opened=""
for i in $(seq 1 "$kills"); do
    "$ZAALT" index -q --db "$db" --commit-every $((RANDOM % 40 + 5)) -j 2 "$corpus" >/dev/null 2>&1 &
    pid=$!
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.05, 1.2), 2))')"
    sig=KILL
    [ $((i % 4)) = 0 ] && sig=TERM
    kill -s "$sig" "$pid" 2>/dev/null || finished=$((finished + 1))
    wait "$pid" 2>/dev/null
    for _ in $(seq 1 30); do [ -z "$(procs_of "$db")" ] && break; sleep 0.1; done
    [ -n "$(procs_of "$db")" ] && orphans=$((orphans + 1))
    # A run killed before it made the index leaves none ("no index at"),
    # which the next run makes: only an index that once opened must open.
    if "$ZAALT" stats --db "$db" >/dev/null 2>"$tmpdir/stats.err"; then
        opened=1
    elif [ -n "$opened" ] || ! grep -q "no index at" "$tmpdir/stats.err"; then
        unopenable=$((unopenable + 1))
        why="after kill $i (SIG$sig): $(head -c 300 "$tmpdir/stats.err")"
    fi
done
echo "# $kills kills ($finished runs had finished first); $files files"
expect_eq "no process of a killed run outlives it ($kills kills)" "$orphans" 0
expect_eq "the index opens after every kill${why:+ (the last that did not: $why)}" "$unopenable" 0
expect_status "a last run completes the index" 0 "$ZAALT" index -q --db "$db" -j 2 "$corpus"
expect_status "a clean run of the same corpus" 0 "$ZAALT" index -q --db "$tmpdir/clean" -j 2 "$corpus"

summary() {
    "$ZAALT" stats --db "$1" --json | json '[j["documents"], j["units"], j["facets"], sorted(j["failures"])]'
}
expect_eq "documents, units, facets and failures equal a clean run's" "$(summary "$db")" "$(summary "$tmpdir/clean")"
expect_eq "every file indexed" "$("$ZAALT" stats --db "$db" --json | json 'j["documents"] + len(j["failures"])')" "$files"
for level in public restricted sealed; do
    a=$(xapian-delve -a -v -1 "$db/$level" | md5sum)
    b=$(xapian-delve -a -v -1 "$tmpdir/clean/$level" | md5sum)
    expect_eq "$level: the same terms with the same frequencies as a clean run" "$a" "$b"
done
expect_eq "no document twice" "$("$ZAALT" search --db "$db" --json --limit 0 marker0007 | json 'j["total"]')" 1
