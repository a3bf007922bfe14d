#!/usr/bin/env bash
# t95-interrupt.sh — kill -9 during an index run leaves the last commit
# searchable, and the next run resumes without re-extracting what was
# committed.
. tests/lib.sh
corpus=$tmpdir/c
mkdir -p "$corpus"
# Enough files that the run takes a few seconds and commits often.
python3 - "$corpus" <<'PY'
import sys, os
root = sys.argv[1]
words = "хүүхэд хохирогч шүүх хөдөлмөр victim court labour recruiter border passport".split()
for i in range(600):
    with open(os.path.join(root, f"doc{i:04d}.txt"), "w") as f:
        f.write(f"Document {i} marker{i:04d}\n\n")
        for p in range(40):
            f.write(" ".join(words[(i + p + k) % len(words)] for k in range(30)) + ".\n\n")
PY
db=$tmpdir/db
"$ZAALT" index -q --db "$db" --commit-every 50 -j 1 "$corpus" >/dev/null 2>&1 &
pid=$!
# Wait until something is committed, then kill the writer mid-run.
for _ in $(seq 1 100); do
    n=$("$ZAALT" stats --db "$db" --json 2>/dev/null | json 'j["documents"]' 2>/dev/null)
    [ -n "$n" ] && [ "$n" -gt 20 ] && break
    sleep 0.1
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
# Workers of the killed parent end on their own (their pipe closes).
sleep 0.5
partial=$("$ZAALT" stats --db "$db" --json | json 'j["documents"]')
if [ -n "$partial" ] && [ "$partial" -gt 0 ] && [ "$partial" -lt 600 ]; then
    pass "killed run left a searchable partial index ($partial documents)"
else
    fail "killed run left a searchable partial index" "documents: '$partial'"
fi
# Every committed file is found, by the word each begins with (which
# ones were committed depends on the workers' pace).
expect_eq "committed documents are searchable" "$("$ZAALT" search --db "$db" --json --limit 0 document | json 'j["total"]')" "$partial"
out=$("$ZAALT" index --db "$db" "$corpus" 2>&1)
resumed=$(echo "$out" | sed -n 's/.*; \([0-9]*\) unchanged.*/\1/p')
indexed=$(echo "$out" | sed -n 's/^Indexed \([0-9]*\) file.*/\1/p')
expect_eq "resumed run skips what was committed" "$resumed" "$partial"
expect_eq "resumed run extracts only the rest" "$((resumed + indexed))" 600
expect_eq "every document present after resuming" "$("$ZAALT" stats --db "$db" --json | json 'j["documents"]')" 600
expect_eq "no document twice" "$("$ZAALT" search --db "$db" --json --limit 0 marker0599 | json 'j["total"]')" 1
