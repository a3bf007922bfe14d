#!/usr/bin/env bash
# bench/mask-gold.sh — how well masking (issue 19) finds personal data.
#   1. The planted decisions of tests/data/privacy against their gold list
#      (gold.tsv): recall (share of the secrets, name stems, РД, phone
#      numbers and addresses, that appear nowhere in the text a public
#      reader gets, title included), kept (share of the court, judge,
#      prosecutor and law names still there), and word precision (of the
#      words the masking took out, the share that belong to a secret).
#   2. With SHARED (default ../shared/corpus, beside the repository) holding real decisions:
#      how many words masking took out of each, and which, for a reader to
#      judge (no gold list there: they are English court judgments).
# Usage: B=build bench/mask-gold.sh      (about ten seconds)
set -eu
cd "$(dirname "$0")/.."
B=${B:-build}
Z=$PWD/$B/zaalt
SHARED=${SHARED:-../shared/corpus}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/zaalt-maskgold.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/planted/decisions" "$tmp/real/decisions"
cp tests/data/privacy/*.xml tests/data/privacy/*.txt "$tmp/planted/decisions/"
real=0
if [ -d "$SHARED" ]; then
    SHARED=$(cd "$SHARED" && pwd) # the links below must not be relative
    for f in $(awk -F'\t' '$7 == "decision" && $1 !~ /scanned|ocr/ {print $1}' "$SHARED/MANIFEST.tsv"); do
        ln -s "$SHARED/$f" "$tmp/real/decisions/$(basename "$f")" && real=$((real + 1))
    done
fi
printf '[index]\nfollow-links = true\n' >"$tmp/c.ini"
printf '[source planted]\nroot = %s\ntype.decision = decisions/*\n' "$tmp/planted" >>"$tmp/c.ini"
[ "$real" -gt 0 ] && printf '[source real]\nroot = %s\ntype.decision = decisions/*\n' "$tmp/real" >>"$tmp/c.ini"
"$Z" index -q --no-ocr --db "$tmp/db" --config "$tmp/c.ini"
"$Z" search --db "$tmp/db" --json --limit 100 'type:decision' >"$tmp/hits.json"
python3 - "$Z" "$tmp/db" "$tmp/hits.json" tests/data/privacy/gold.tsv <<'PY'
import collections, json, os, re, subprocess, sys
z, db, hits, gold = sys.argv[1:]
def show(doc, anon):
    args = [z, "show", "--db", db, "--json", doc] + (["--as", "anonymous"] if anon else [])
    j = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    return (j.get("title") or "") + "\n" + "\n".join(u.get("text") or "" for u in j["units"])
words = lambda t: re.findall(r"[\w]+", t)
g = collections.defaultdict(list)
for line in open(gold):
    if line.startswith("#") or not line.strip():
        continue
    f, kind, s = line.rstrip("\n").split("\t")
    g[f].append((kind, s))
tot = collections.Counter()
print(f"{'document':44} {'secrets':>7} {'hidden':>6} {'keeps':>5} {'kept':>4} {'removed':>7} {'in a secret':>11}")
for h in json.load(open(hits))["hits"]:
    name = os.path.basename(h["path"])
    full, pub = show(h["doc"], False), show(h["doc"], True)
    removed = list((collections.Counter(words(full)) - collections.Counter(words(pub))).elements())
    if name in g:
        secrets = [s for k, s in g[name] if k != "keep"]
        keeps = [s for k, s in g[name] if k == "keep"]
        hidden = [s for s in secrets if s not in pub]
        kept = [s for s in keeps if s in pub]
        parts = {w.lower() for s in secrets for w in words(s)}
        # A removed word belongs to a secret when it is one of a secret's
        # words or an inflected form of a name stem (Энхжингийн).
        # An РД's letters come with its digits (УБ94031512).
        good = [w for w in removed if w.lower() in parts or any(
            (w.lower().startswith(p) and len(p) > 3) or (p.isdigit() and p in w) for p in parts)]
        print(f"{name:44} {len(secrets):7} {len(hidden):6} {len(keeps):5} {len(kept):4} {len(removed):7} {len(good):11}")
        for s in set(secrets) - set(hidden):
            print(f"    NOT HIDDEN: {s}")
        for s in set(keeps) - set(kept):
            print(f"    NOT KEPT: {s}")
        for w in sorted(set(removed) - set(good)):
            print(f"    removed, in no secret: {w}")
        tot.update(secrets=len(secrets), hidden=len(hidden), keeps=len(keeps), kept=len(kept), removed=len(removed), good=len(good))
    else:
        tot.update(real_docs=1, real_words=len(words(full)), real_removed=len(removed))
        print(f"{name[:44]:44} {'-':>7} {'-':>6} {'-':>5} {'-':>4} {len(removed):7} {'(no gold)':>11}  of {len(words(full))} words: {' '.join(sorted(set(removed))[:12])}")
pct = lambda a, b: f"{100 * a / b:.1f} %" if b else "n/a"
print(f"\nplanted: recall {pct(tot['hidden'], tot['secrets'])} ({tot['hidden']}/{tot['secrets']} secrets hidden), "
      f"kept {pct(tot['kept'], tot['keeps'])} ({tot['kept']}/{tot['keeps']} court, judge and law names), "
      f"word precision {pct(tot['good'], tot['removed'])} ({tot['good']}/{tot['removed']} removed words in a secret)")
if tot["real_docs"]:
    print(f"real decisions: {tot['real_docs']} documents, {tot['real_removed']} of {tot['real_words']} words masked "
          f"({pct(tot['real_removed'], tot['real_words'])})")
PY
