#!/usr/bin/env bash
# t79-sources.sh — what an index run does with the folders it has indexed
# before (indexer/identity.h): a folder moved or renamed is known by its
# files and its documents point to the new place (never two copies); a
# folder that is gone is kept and reported in every run and by `zaalt
# stats`, until `zaalt index --forget NAME`; a folder or file inside an
# indexed folder is part of that source, and a folder holding an indexed
# one takes it in; `--force --writers N` keeps what a one-writer run keeps;
# the run's unit count is the one `zaalt stats` gives.
# Demo (fictional): every file here is made up for the test.
. tests/lib.sh

total() { "$ZAALT" search --db "$1" --json --limit 50 "$2" | json 'j["total"]'; }
sources_of() { "$ZAALT" search --db "$1" --json --limit 50 "$2" | json '" ".join(sorted(h["source"] + "/" + h["path"] for h in j["hits"]))'; }
docs() { "$ZAALT" stats --db "$1" --json 2>/dev/null | json 'j["documents"]'; }

# ---- A folder renamed ---------------------------------------------------------
w=$tmpdir/move
mkdir -p "$w/laws"
echo "Demo (fictional) statute: movedword first part" >"$w/laws/a.txt"
echo "Demo (fictional) statute: movedword second part" >"$w/laws/b.txt"
"$ZAALT" index -q --db "$w/db" "$w/laws"
mv "$w/laws" "$w/laws-2026"
"$ZAALT" index --db "$w/db" "$w/laws-2026" >"$tmpdir/out" 2>"$tmpdir/err"
out=$(cat "$tmpdir/out")
expect_contains "a renamed folder is reported as a move in the summary" "$out" \
    "source laws moved from $w/laws to $w/laws-2026: its 2 documents point to the new folder"
expect_contains "... and on stderr" "$(cat "$tmpdir/err")" "zaalt index: source laws moved from $w/laws to $w/laws-2026"
expect_contains "... its files are not read again (the same content)" "$out" "Indexed 0 files (0 units)"
expect_eq "... and each file is one document, not two" "$(docs "$w/db")" 2
expect_eq "... found once each, at their new place under the old name" "$(sources_of "$w/db" movedword)" \
    "laws/a.txt laws/b.txt"
expect_contains "... the document's file is the moved one" \
    "$("$ZAALT" show --db "$w/db" "$("$ZAALT" search --db "$w/db" --json movedword | json 'j["hits"][0]["doc"]')")" \
    "movedword"
expect_not_contains "the next run says nothing of a move" "$("$ZAALT" index --db "$w/db" "$w/laws-2026" 2>&1)" "moved from"

# A moved folder whose files changed on the way: the changed one is read again.
mv "$w/laws-2026" "$w/laws-final"
echo "Demo (fictional) statute: movedword second part, amended" >"$w/laws-final/b.txt"
out=$("$ZAALT" index --db "$w/db" "$w/laws-final" 2>&1)
expect_contains "a moved folder with one file of two changed is still a move" "$out" "source laws moved from $w/laws-2026"
expect_contains "... and the changed file is read again" "$out" "Indexed 1 file (1 units)"
expect_eq "... still two documents" "$(docs "$w/db")" 2

# ---- A folder gone, and another of its name ----------------------------------
w=$tmpdir/gone
mkdir -p "$w/disk/laws" "$w/home/laws" "$w/other"
echo "Demo (fictional) statute: diskword on a disk" >"$w/disk/laws/d.txt"
echo "Demo (fictional) note: otherword" >"$w/other/o.txt"
"$ZAALT" index -q --db "$w/db" "$w/disk/laws"
mv "$w/disk" "$w/unmounted"
"$ZAALT" index --db "$w/db" "$w/other" >"$tmpdir/out" 2>"$tmpdir/err"
expect_contains "a source whose folder is gone is reported by a run of another folder" "$(cat "$tmpdir/out")" \
    "source laws: its folder $w/disk/laws is not there (moved, removed, or a disk not mounted?): its 1 document is kept"
expect_contains "... on stderr too" "$(cat "$tmpdir/err")" "zaalt index: source laws: its folder $w/disk/laws is not there"
expect_eq "... and its document is kept" "$(total "$w/db" diskword)" 1
"$ZAALT" stats --db "$w/db" >"$tmpdir/out" 2>"$tmpdir/err"
expect_contains "zaalt stats reports it" "$(cat "$tmpdir/out")" "source laws: its folder $w/disk/laws is not there"
"$ZAALT" stats --db "$w/db" --json >"$tmpdir/out" 2>"$tmpdir/err"
expect_contains "... with --json, on stderr" "$(cat "$tmpdir/err")" "warning: source laws: its folder $w/disk/laws is not there"
expect_eq "... and the JSON stays whole" "$(json 'j["documents"]' <"$tmpdir/out")" 2
# A new folder of the same name and other files is no move: another source.
echo "Demo (fictional) statute: homeword, not the disk's" >"$w/home/laws/h.txt"
out=$("$ZAALT" index --db "$w/db" "$w/home/laws" 2>&1)
expect_contains "a new folder of a gone folder's name, other files: another source" "$out" "this one is source laws-"
expect_not_contains "... not a move" "$out" "moved from"
expect_eq "... the gone folder's document is kept" "$(total "$w/db" diskword)" 1
expect_status "--forget of a source the index lacks is refused" 1 "$ZAALT" index --db "$w/db" --forget nosuch
expect_contains "... naming those it holds" "$(cat "$tmpdir/err")" "the index holds no source nosuch (it holds: laws, laws-"
expect_eq "... and removes nothing" "$(docs "$w/db")" 3
out=$("$ZAALT" index --db "$w/db" --forget laws 2>&1)
expect_contains "--forget removes a gone source's documents, and says so" "$out" "source laws ($w/disk/laws) forgotten"
expect_eq "... they are no longer found" "$(total "$w/db" diskword)" 0
expect_eq "... the others are" "$(total "$w/db" homeword) $(total "$w/db" otherword)" "1 1"
expect_not_contains "... and no run reports it again" "$("$ZAALT" index --db "$w/db" "$w/other" 2>&1)" "is not there"
# The disk mounted again: its folder is indexed afresh (its name was forgotten).
mv "$w/unmounted" "$w/disk"
expect_contains "the folder back in place is indexed again" "$("$ZAALT" index --db "$w/db" "$w/disk/laws" 2>&1)" \
    "Indexed 1 file"
expect_eq "... found once" "$(total "$w/db" diskword)" 1

# ---- A folder inside an indexed folder ----------------------------------------
w=$tmpdir/nest
mkdir -p "$w/corpus/sub/deep"
echo "Demo (fictional) note: parentword" >"$w/corpus/p.txt"
echo "Demo (fictional) note: nestedword" >"$w/corpus/sub/g.txt"
echo "Demo (fictional) note: deepword" >"$w/corpus/sub/deep/d.txt"
"$ZAALT" index -q --db "$w/db" "$w/corpus"
out=$("$ZAALT" index --db "$w/db" "$w/corpus/sub" 2>&1)
expect_contains "a folder inside an indexed folder is part of its source" "$out" "Indexed 0 files (0 units)"
expect_contains "... its files unchanged" "$out" "2 unchanged"
expect_eq "... no second copy" "$(docs "$w/db")" 3
expect_eq "... found once, under the outer source" "$(sources_of "$w/db" nestedword)" "corpus/sub/g.txt"
expect_contains "a file two folders down is part of it too" \
    "$("$ZAALT" index --db "$w/db" "$w/corpus/sub/deep/d.txt" 2>&1)" "1 unchanged"
rm "$w/corpus/sub/g.txt"
expect_contains "a file deleted, the inner folder run again: removed" \
    "$("$ZAALT" index --db "$w/db" "$w/corpus/sub" 2>&1)" "1 removed"
expect_eq "... not found, no ghost" "$(total "$w/db" nestedword)" 0
expect_eq "... the rest of the source untouched" "$(total "$w/db" parentword) $(total "$w/db" deepword)" "1 1"
# The other way round: the inner folder first, then the outer.
w=$tmpdir/nest2
mkdir -p "$w/corpus/sub"
echo "Demo (fictional) note: outerword" >"$w/corpus/o.txt"
echo "Demo (fictional) note: innerword" >"$w/corpus/sub/i.txt"
"$ZAALT" index -q --db "$w/db" "$w/corpus/sub"
out=$("$ZAALT" index --db "$w/db" "$w/corpus" 2>&1)
expect_contains "an indexed folder inside one indexed later is taken into it" "$out" \
    "source sub ($w/corpus/sub) lies inside source corpus ($w/corpus): its 1 document is read again as part of corpus"
expect_eq "... each file one document" "$(docs "$w/db")" 2
expect_eq "... found under the outer source" "$(sources_of "$w/db" innerword)" "corpus/sub/i.txt"
expect_contains "... and the inner folder named again is part of it" "$("$ZAALT" index --db "$w/db" "$w/corpus/sub" 2>&1)" \
    "1 unchanged"
# A folder inside a configured source.
w=$tmpdir/nest3
mkdir -p "$w/corp/sub"
printf '[source demolaws]\nroot = corp\n' >"$w/c.ini"
echo "Demo (fictional) note: cfgtopword" >"$w/corp/t.txt"
echo "Demo (fictional) note: cfgsubword" >"$w/corp/sub/s.txt"
"$ZAALT" index -q --config "$w/c.ini" --db "$w/db"
expect_contains "a folder inside a configured source is part of it" \
    "$("$ZAALT" index --config "$w/c.ini" --db "$w/db" "$w/corp/sub" 2>&1)" "1 unchanged"
expect_eq "... no second copy" "$(docs "$w/db")" 2
# A config that nests one source in another on purpose (another access level):
# neither is taken into the other, and a run again reads nothing again.
w=$tmpdir/nest4
mkdir -p "$w/corp/special"
printf '[source all]\nroot = corp\n[source special]\nroot = corp/special\naccess = restricted\n' >"$w/c.ini"
echo "Demo (fictional) note: nesttopword" >"$w/corp/t.txt"
echo "Demo (fictional) note: nestspecialword" >"$w/corp/special/s.txt"
"$ZAALT" index -q --config "$w/c.ini" --db "$w/db"
out=$("$ZAALT" index --config "$w/c.ini" --db "$w/db" 2>&1)
expect_contains "a source a config nests in another is kept: the next run reads nothing again" "$out" \
    "Indexed 0 files (0 units)"
expect_not_contains "... and takes nothing in" "$out" "lies inside"

# ---- --force --writers N over an index of several folders ---------------------
w=$tmpdir/writers
mkdir -p "$w/A" "$w/B"
echo "Demo (fictional) note: afolderword one" >"$w/A/a1.txt"
echo "Demo (fictional) note: afolderword two" >"$w/A/a2.txt"
for i in 1 2 3 4; do echo "Demo (fictional) note: bfolderword $i" >"$w/B/b$i.txt"; done
"$ZAALT" index -q --db "$w/db" "$w/A"
"$ZAALT" index -q --db "$w/db" "$w/B"
out=$("$ZAALT" index --db "$w/db" --force --writers 2 "$w/B" 2>&1)
expect_contains "--force --writers over an index holding another folder says it keeps it" "$out" \
    "holds sources this run does not name (A ($w/A, 2 files))"
expect_eq "... and keeps it, as one writer does" "$(docs "$w/db") $(total "$w/db" afolderword)" "6 2"
rm "$w/B/b4.txt"
out=$("$ZAALT" index --db "$w/db" --force --writers 2 "$w/A" "$w/B" 2>&1)
expect_contains "a rebuild by writers of every folder reports what it removed" "$out" "; 1 removed."
expect_eq "... and holds the rest" "$(docs "$w/db") $(total "$w/db" afolderword) $(total "$w/db" bfolderword)" "5 2 3"

# ---- The run's units are the units stats counts -------------------------------
w=$tmpdir/units
mkdir -p "$w/c"
cp tests/data/privacy/2025_shtst_903_darkhan_mn.txt tests/data/privacy/2024_shtst_901_bayanzurkh_mn.xml \
    tests/data/corpus/laws/khuukhdiin_hamgaalal_test.txt "$w/c/"
run_units=$("$ZAALT" index --db "$w/db" "$w/c" 2>&1 | sed -n 's/.*files\? (\([0-9]*\) units).*/\1/p')
stats_units=$("$ZAALT" stats --db "$w/db" --json | json 'j["units"]')
expect_eq "stats counts the units the run wrote (a masked decision's full copy is no unit)" "$stats_units" \
    "$run_units"
expect_eq "... as the public reader counts them" "$("$ZAALT" stats --db "$w/db" --as anonymous --json | json 'j["units"]')" \
    "$run_units"
