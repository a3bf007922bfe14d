#!/usr/bin/env bash
# bench/en-questions.sh — how often an English question finds its answer in
# the Mongolian statutes: top-1 and top-3 (by document, as the results list
# them) and how many find nothing, over bench/en-questions.tsv.
#
#   bench/en-questions.sh DB        DB: an index of ../shared/corpus/mn/law
#                                   (build/zaalt index --db DB ../shared/corpus/mn/law)
# VERBOSE=1 lists every question whose answer is not first.  Not for timing.
set -eu
cd "$(dirname "$0")/.."
DB=${1:?usage: bench/en-questions.sh DB}
ZAALT=${B:-build}/zaalt
python3 - "$ZAALT" "$DB" "${QUESTIONS:-bench/en-questions.tsv}" "${VERBOSE:-0}" <<'PY'
import json, subprocess, sys
zaalt, db, path, verbose = sys.argv[1:]
def ok(hit, answers):
    f, p = hit["path"].split("/")[-1], hit.get("provision") or ""
    for a in answers:
        af, ap = a.rsplit(":", 1)
        if f == af and (ap == "*" or p == ap or p.startswith(ap + ".")):
            return True
    return False
n = top1 = top3 = empty = 0
for line in open(path):
    if line.startswith("#") or not line.strip():
        continue
    topic, q, answers = line.rstrip("\n").split("\t")
    answers = answers.split("|")
    j = json.loads(subprocess.run([zaalt, "search", "--db", db, "--json", "--limit", "3", q],
                                  capture_output=True, text=True, check=True).stdout)
    hits = j["hits"]
    n += 1
    empty += not hits
    rank = next((i + 1 for i, h in enumerate(hits) if ok(h, answers)), None)
    top1 += rank == 1
    top3 += rank is not None
    if verbose == "1" and rank != 1:
        got = "; ".join(f'{h["path"].split("/")[-1]} {h.get("provision")}' for h in hits) or "nothing"
        print(f"  {q!r}: rank {rank}, got {got}", file=sys.stderr)
print(f"{n} English questions: answer first {top1} ({100 * top1 / n:.0f} %), among three {top3} "
      f"({100 * top3 / n:.0f} %), nothing found {empty}")
PY
