#!/usr/bin/env bash
# t10-index.sh — `zaalt index`: what it indexes, how it reports files it
# cannot read (path and reason, run goes on), the summary, incremental
# re-runs (unchanged files skipped, changed ones replaced, deleted ones
# removed), and `zaalt stats`.
. tests/lib.sh

corpus=$tmpdir/corpus
db=$tmpdir/db
cp -r tests/data/corpus "$corpus"
# Files that must fail or be skipped, each for its own reason.
printf '%%PDF-1.4\n1 0 obj garbage\n%%%%EOF\n' >"$corpus/reports/broken.pdf"
: >"$corpus/reports/empty.txt"
printf '<?xml version="1.0"?>\n<law><title>x</law>\n' >"$corpus/laws/unclosed.xml"
head -c 3000 /dev/urandom >"$corpus/reports/noise.bin"

out=$("$ZAALT" index --db "$db" "$corpus" 2>&1)
status=$?
expect_eq "index exits 0 although some files fail" "$status" 0
expect_contains "summary counts the indexed files" "$out" "Indexed 3 files"
expect_contains "summary counts failures" "$out" "3 failed"
expect_contains "broken PDF reported with path and reason" "$out" "failed  corpus/reports/broken.pdf: damaged PDF"
expect_contains "empty file reported" "$out" "failed  corpus/reports/empty.txt: empty file"
expect_contains "malformed XML reported with its line" "$out" "failed  corpus/laws/unclosed.xml: XML not well-formed at line 2"
expect_contains "binary file skipped, not failed" "$out" "skipped corpus/reports/noise.bin"

stats=$("$ZAALT" stats --db "$db" --json)
expect_eq "stats counts documents" "$(echo "$stats" | json 'j["documents"]')" 3
expect_eq "stats lists the failures" "$(echo "$stats" | json 'len(j["failures"])')" 3
expect_eq "stats failure has path" "$(echo "$stats" | json 'sorted(f["path"] for f in j["failures"])[0]')" "corpus/laws/unclosed.xml"
expect_eq "stats counts by type" "$(echo "$stats" | json '{v["value"]: v["count"] for v in j["facets"]["type"]}["decision"]')" 1

# Units: the law is split into its three articles (plus its preamble).
law=$("$ZAALT" search --db "$db" --json 'title:туршилтын' --filter type:code)
lawdoc=$(echo "$law" | json 'j["hits"][0]["doc"]')
units=$("$ZAALT" show --db "$db" --json "$lawdoc" | json '[u["provision"] for u in j["units"] if u["provision"]]')
expect_eq "law split into articles" "$units" '["1", "2", "3"]'

again=$("$ZAALT" index --db "$db" "$corpus" 2>&1)
expect_contains "second run extracts nothing new" "$again" "Indexed 0 files"
expect_contains "second run counts unchanged files" "$again" "3 unchanged"
expect_contains "second run does not retry unchanged failures" "$again" "3 files failed before and did not change"
expect_contains "failures still listed by stats" "$("$ZAALT" stats --db "$db")" "corpus/reports/broken.pdf: damaged PDF"
retry=$("$ZAALT" index --db "$db" --retry-failed "$corpus" 2>&1)
expect_contains "--retry-failed tries them again" "$retry" "3 failed"
# later FILE: moves FILE's mtime two seconds on, as an edit made later would
# (the index keeps whole seconds), without waiting for the clock to get there.
later() { touch -d "@$(($(stat -c %Y "$1") + 2))" "$1"; }
# Touched but unchanged: the content hash keeps it from being re-extracted.
later "$corpus/laws/khuukhdiin_hamgaalal_test.txt"
touched=$("$ZAALT" index --db "$db" "$corpus" 2>&1)
expect_contains "touched file with the same content is not re-extracted" "$touched" "Indexed 0 files"

# A changed file replaces its units; a removed file disappears.
sed -i 's/quokka/wombat/' "$corpus/reports/labour_note_en.md"
later "$corpus/reports/labour_note_en.md"
rm "$corpus/decisions/2020_test_decision.xml"
third=$("$ZAALT" index --db "$db" "$corpus" 2>&1)
expect_contains "changed file re-indexed" "$third" "Indexed 1 file "
expect_contains "deleted file removed" "$third" "1 removed"
expect_eq "old text of a changed file is gone" "$("$ZAALT" search --db "$db" --json quokka | json 'j["total"]')" 0
expect_eq "new text of a changed file is found" "$("$ZAALT" search --db "$db" --json wombat | json 'j["total"]')" 1
expect_eq "deleted file no longer found" "$("$ZAALT" search --db "$db" --json 'type:decision' | json 'j["total"]')" 0

# Symbolic links: one to a file inside the source is indexed, one leading
# out of it is not (its text must not become searchable), and is reported.
links=$tmpdir/links
mkdir -p "$links/notes"
echo "Notes on the pangolin case, kept in the corpus." >"$links/notes/inside.txt"
ln -s notes/inside.txt "$links/alias.txt"
echo "Outside the corpus: the word axolotl must never be indexed." >"$tmpdir/outside.txt"
ln -s "$tmpdir/outside.txt" "$links/escape.txt"
ln -s loop-b "$links/loop-a"
ln -s loop-a "$links/loop-b"
lout=$("$ZAALT" index --db "$tmpdir/links-db" "$links" 2>&1)
expect_contains "link leading out of the source reported" "$lout" "links/escape.txt: a symbolic link leading out of the source"
expect_contains "a loop of links is named as one" "$lout" "links/loop-a: a symbolic link that leads nowhere (broken, or a loop)"
expect_eq "text behind an outward link not indexed" "$("$ZAALT" search --db "$tmpdir/links-db" --json axolotl | json 'j["total"]')" 0
expect_eq "link inside the source indexed with its target" \
    "$("$ZAALT" search --db "$tmpdir/links-db" --json pangolin | json 'sorted(h["path"] for h in j["hits"])')" \
    '["alias.txt", "notes/inside.txt"]'
followed=$("$ZAALT" index --follow-links --db "$tmpdir/links-db" "$links" 2>&1)
expect_eq "--follow-links indexes what an outward link leads to" \
    "$("$ZAALT" search --db "$tmpdir/links-db" --json axolotl | json '[h["path"] for h in j["hits"]]')" '["escape.txt"]'

# Usage errors.
expect_status "missing path is a usage error" 1 "$ZAALT" index --db "$db" "$tmpdir/nowhere"
expect_contains "missing path named" "$(cat "$tmpdir/err")" "zaalt: $tmpdir/nowhere: no such file or folder"
expect_status "nothing to index is a usage error" 1 "$ZAALT" index --db "$db"
expect_status "search of a missing index is a usage error" 1 "$ZAALT" search --db "$tmpdir/none" x
expect_contains "missing index named" "$(cat "$tmpdir/err")" "no index at $tmpdir/none"
expect_status "unknown command" 1 "$ZAALT" frobnicate
expect_status "help" 0 "$ZAALT" index --help
