#!/usr/bin/env bash
# t62-national-gen.sh — the national corpus generator (bench/national/gen)
# keeps the real table's skew: at a small size, the first-instance
# decisions' years, sentence types, minor-victim share and article chapters
# are within a few points of ../shared/corpus/data/mn_criminal_decisions_
# 2020_2026.tsv, trafficking stays rare, and appeal and cassation rulings
# cite decisions that exist (what the files say, not only the manifest).
# Not for: the benchmark's figures (bench/national/run).
. tests/lib.sh
TSV=$SHARED/data/mn_criminal_decisions_2020_2026.tsv
[ -f "$TSV" ] || skip_all "no $TSV"

out=$tmpdir/national
if bench/national/gen --units 6000 --statute-units 0 --out "$out" >"$tmpdir/gen.out" 2>&1; then
    pass "gen makes 6000 units"
else
    fail "gen makes 6000 units" "$(tail -1 "$tmpdir/gen.out")"
    exit 0
fi

python3 - "$TSV" "$out" <<'PY'
import collections, csv, glob, os, re, sys
tsv, out = sys.argv[1:]
real = list(csv.DictReader([l for l in open(tsv, encoding="utf-8") if not l.startswith("#")], delimiter="\t"))
made = list(csv.DictReader(open(os.path.join(out, ".manifest.tsv"), encoding="utf-8"), delimiter="\t"))
first = [m for m in made if m["level"] == "first-instance"]

def art(r):
    return r["primary_article"] if "primary_article" in r else r["article"]

def shares(rows, key):
    c = collections.Counter(key(r) for r in rows)
    return {k: v / len(rows) for k, v in c.items()}

def check(name, key, tol):
    a, b = shares(real, key), shares(first, key)
    worst = max(abs(a.get(k, 0) - b.get(k, 0)) for k in set(a) | set(b))
    print(("ok - " if worst <= tol else "not ok - ") + "%s within %.1f points of the table (worst %.2f)" % (name, 100 * tol, 100 * worst))

check("years", lambda r: r["year"], 0.025)
check("sentence types", lambda r: r["sentence_type"], 0.025)
check("minor victims", lambda r: r["victim_minor"], 0.025)
check("article chapters", lambda r: art(r).split(".")[0], 0.025)
top = shares(first, lambda r: ".".join(art(r).split(".")[:2]))
big = max(top, key=top.get)
traffic = top.get("13.1", 0)
print(("ok - " if big == "11.6" else "not ok - ") + "11.6 dominates (%s, %.1f %%)" % (big, 100 * top[big]))
print(("ok - " if traffic < 0.01 else "not ok - ") + "trafficking (13.1) is rare (%.2f %%)" % (100 * traffic))
n_app = sum(m["level"] == "appeal" for m in made)
n_cas = sum(m["level"] == "supreme" for m in made)
print(("ok - " if 0.15 < n_app / len(first) < 0.35 and 0 < n_cas < n_app else "not ok - ")
      + "chains: %d first instance, %d appeal, %d cassation" % (len(first), n_app, n_cas))

# What the files say: numbers, levels, citations resolve, articles agree.
numbers, cites, bad = {}, [], 0
for m in made:
    text = open(os.path.join(out, m["file"]), encoding="utf-8").read()
    num = re.search(r"<number>([^<]+)</number>", text).group(1)
    level = re.search(r'<court level="([^"]+)"', text).group(1)
    art = re.search(r"<articles-applied><article>([^<]+)</article>", text)
    art_ = art.group(1) if art else ""
    bad += level != m["level"] or art_ != m["article"]
    numbers[num] = level
    cites += [(level, c) for c in re.findall(r"<decision>([^<]+)</decision>", text)]
print(("ok - " if bad == 0 else "not ok - ") + "files agree with the manifest (%d differ)" % bad)
want = {"appeal": {"first-instance"}, "supreme": {"appeal", "first-instance"}}
dangling = [c for lv, c in cites if numbers.get(c) not in want.get(lv, set())]
print(("ok - " if cites and not dangling else "not ok - ")
      + "%d citations resolve to the level below (%d do not)" % (len(cites), len(dangling)))
PY
