#!/usr/bin/env bash
# t96-faults.sh — the indexer under faults and careless use, with its
# default options (issue 20): kill -9 before the first commit and while a
# worker is busy (no orphan, no lock left behind, the index opens), SIGTERM
# and Ctrl-C and SIGHUP (commit, "Interrupted", 128+signal, the next run resumes), a
# second writer refused at once naming the lock and its holder, workers
# holding nothing inside the index folder, two folders of the same name
# never confused (the file served is the folder's own), a moved folder,
# a file replaced with its size and mtime kept, FIFOs and dangling links
# named on the command line, a full disk, queries with nothing to
# search for, a long text written with decomposed letters, a path longer
# than a Xapian key, a folder the run cannot read (its documents kept),
# file names that would forge report lines or drive the terminal, and the
# FIFOs and folder links the walk passes over, named; a file indexed
# before that cannot be read now (its last version kept, both copies, and
# said), failed files deleted leaving the failed list, counts that add up
# when a statute is read again for a repeal, and a damaged index rebuilt by
# --force.  The soak (random kills, then compared with a clean run) is
# t98-soak.sh.
. tests/lib.sh

corpus=$tmpdir/c
mkdir -p "$corpus"
python3 - "$corpus" <<'PY'
import sys, os
root = sys.argv[1]
words = "хүүхэд хохирогч шүүх хөдөлмөр victim court labour recruiter border passport".split()
for i in range(400):
    with open(os.path.join(root, f"doc{i:04d}.txt"), "w") as f:
        f.write(f"Document {i} marker{i:04d}\n\n")
        for p in range(40):
            f.write(" ".join(words[(i + p + k) % len(words)] for k in range(30)) + ".\n\n")
PY

# The processes whose command line names folder $1 (a run and its workers).
procs_of() { pgrep -f -- "--db $1( |$)" | tr '\n' ' '; }
# Waits up to $2 seconds (default 5) for no process to name folder $1.
gone_within() {
    local i
    for i in $(seq 1 $((${2:-5} * 10))); do
        [ -z "$(procs_of "$1")" ] && return 0
        sleep 0.1
    done
    return 1
}
# Waits up to ten seconds for the run $1 to have worker processes.
workers_up() {
    local i
    for i in $(seq 1 100); do
        [ -n "$(pgrep -P "$1")" ] && return 0
        sleep 0.1
    done
    return 1
}
# Waits up to twenty seconds for index $1's public level to hold a unit.
first_commit() {
    local i
    for i in $(seq 1 400); do
        [ "$(documents "$1/public")" -gt 0 ] 2>/dev/null && return 0
        sleep 0.05
    done
    return 1
}

# ---- kill -9 before the first commit --------------------------------------
db=$tmpdir/db1
"$ZAALT" index -q --db "$db" --commit-every 100000 "$corpus" >/dev/null 2>&1 &
pid=$!
workers_up "$pid" || fail "workers started"
# The workers hold nothing inside the index folder: not Xapian's locks, not
# write.lock.  A worker closes what it inherited just after the fork, so a
# look in that moment sees them: it looks again for up to five seconds.
for i in $(seq 1 50); do
    held=0
    for w in $(pgrep -P "$pid"); do
        held=$((held + $(ls -l "/proc/$w/fd" 2>/dev/null | grep -c -- "$db/")))
    done
    [ "$held" = 0 ] && break
    sleep 0.1
done
expect_eq "workers hold no descriptor inside the index folder" "$held" 0
kill -9 "$pid"
wait "$pid" 2>/dev/null
gone_within "$db" 3 && pass "workers die with a parent killed by kill -9" ||
    fail "workers die with a parent killed by kill -9" "still running: $(procs_of "$db")"
expect_status "an index killed before its first commit opens (stats)" 0 "$ZAALT" stats --db "$db"
expect_contains "... as an empty index" "$(cat "$tmpdir/out")" "0 documents"
expect_status "... and searching it is no error" 0 "$ZAALT" search --db "$db" victim
out=$("$ZAALT" index --db "$db" "$corpus" 2>&1)
expect_contains "a run right after the kill is not refused, and indexes everything" "$out" "Indexed 400 files"

# ---- kill -9 while a worker is deep in a file ------------------------------
if have_shared && [ -f "$SHARED/hostile/pdf/poppler_hang_exponential_acroform_fields.pdf" ]; then
    db=$tmpdir/db2
    "$ZAALT" index -q --db "$db" -j 1 "$SHARED/hostile/pdf/poppler_hang_exponential_acroform_fields.pdf" \
        >/dev/null 2>&1 &
    pid=$!
    workers_up "$pid" || fail "a worker started on the hanging file"
    sleep 2
    kill -9 "$pid"
    wait "$pid" 2>/dev/null
    gone_within "$db" 3 && pass "a worker busy on a hanging page dies with its parent" ||
        fail "a worker busy on a hanging page dies with its parent" "still running: $(procs_of "$db")"
    expect_status "the index is not left locked" 0 "$ZAALT" index -q --db "$db" "$corpus/doc0001.txt"
else
    skip "a worker busy on a hanging page dies with its parent" "../shared/corpus is absent"
fi

# ---- SIGTERM: commit, stop, say so; the next run resumes --------------------
db=$tmpdir/db3
# One worker and a commit every file: slow enough to be caught mid-run.
"$ZAALT" index --db "$db" --commit-every 5 -j 1 "$corpus" >"$tmpdir/term.out" 2>"$tmpdir/term.err" &
pid=$!
# At its first commit, seen by xapian-delve: `zaalt stats` stems the
# glossary before it answers (a second of CPU, three on a loaded machine),
# longer than this run takes.
first_commit "$db" || fail "something committed before SIGTERM"
t0=$(date +%s%N)
kill -TERM "$pid" 2>/dev/null || fail "SIGTERM reached the run" "it had already ended (machine too loaded?)"
wait "$pid"
rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
expect_eq "SIGTERM: exit status 128+15" "$rc" 143
[ "$ms" -lt $((5000 * slowdown)) ] && pass "SIGTERM: the run stops within seconds (${ms} ms)" || fail "SIGTERM: the run stops within seconds" "${ms} ms"
expect_contains "SIGTERM: the summary says it was interrupted" "$(cat "$tmpdir/term.out")" "Interrupted (SIGTERM)"
expect_not_contains "SIGTERM: no file counted as failed" "$(cat "$tmpdir/term.out")" "failed  "
gone_within "$db" 3 && pass "SIGTERM: no worker outlives the run" || fail "SIGTERM: no worker outlives the run" "$(procs_of "$db")"
committed=$("$ZAALT" stats --db "$db" --json | json 'j["documents"]')
expect_contains "SIGTERM: the last run is recorded as interrupted" "$("$ZAALT" stats --db "$db")" ", interrupted"
out=$("$ZAALT" index --db "$db" "$corpus" 2>&1)
expect_eq "SIGTERM: the next run resumes where the commit stopped" \
    "$(echo "$out" | sed -n 's/.*; \([0-9]*\) unchanged.*/\1/p') + $(echo "$out" | sed -n 's/^Indexed \([0-9]*\) file.*/\1/p')" \
    "$committed + $((400 - committed))"
expect_eq "SIGTERM: every document present after resuming" "$("$ZAALT" stats --db "$db" --json | json 'j["documents"]')" 400
expect_eq "SIGTERM: no failure recorded" "$("$ZAALT" stats --db "$db" --json | json 'len(j["failures"])')" 0

# ---- Ctrl-C: SIGINT to the whole process group ------------------------------
db=$tmpdir/db4
setsid "$ZAALT" index --db "$db" --commit-every 5 -j 1 "$corpus" >"$tmpdir/int.out" 2>&1 &
pid=$!
first_commit "$db" || fail "something committed before Ctrl-C"
kill -INT -- "-$pid"
wait "$pid"
expect_eq "Ctrl-C: exit status 128+2" "$?" 130
expect_contains "Ctrl-C: the summary says it was interrupted" "$(cat "$tmpdir/int.out")" "Interrupted (SIGINT)"
expect_not_contains "Ctrl-C: the workers, which got it too, did not crash their files" "$(cat "$tmpdir/int.out")" "failed  "
out=$("$ZAALT" index --db "$db" "$corpus" 2>&1)
expect_eq "Ctrl-C: the next run completes the index" "$("$ZAALT" stats --db "$db" --json | json '[j["documents"], len(j["failures"])]')" "[400, 0]"

# ---- SIGHUP (a dropped ssh session): commits and says so as SIGTERM does -----
db=$tmpdir/db4h
"$ZAALT" index --db "$db" --commit-every 5 -j 1 "$corpus" >"$tmpdir/hup.out" 2>"$tmpdir/hup.err" &
pid=$!
first_commit "$db" || fail "something committed before SIGHUP"
kill -HUP "$pid"
wait "$pid"
expect_eq "SIGHUP: exit status 128+1" "$?" 129
expect_contains "SIGHUP: the summary says it was interrupted" "$(cat "$tmpdir/hup.out")" "Interrupted (SIGHUP)"
expect_contains "SIGHUP: stderr says it commits" "$(cat "$tmpdir/hup.err")" "hung up: committing what is done"
expect_contains "SIGHUP: the last run is recorded as interrupted" "$("$ZAALT" stats --db "$db")" ", interrupted"

# ---- A level whose creation was cut short -----------------------------------
# Xapian makes a database's tables empty, then its iamglass: a run killed
# between the two (t98's soak met it) left a folder Xapian could not open,
# and every later run stopped there.  Nothing was committed in it: the next
# run makes it anew.  A table holding data without iamglass stays damage.
db=$tmpdir/db-cut
mkdir -p "$tmpdir/cut"
echo "Demonstration note (fictional): a level made anew." >"$tmpdir/cut/note.txt"
"$ZAALT" index -q --db "$db" "$tmpdir/cut" >/dev/null 2>&1
rm -rf "$db/restricted" && mkdir "$db/restricted"
: >"$db/restricted/postlist.glass"
: >"$db/restricted/termlist.glass"
: >"$db/restricted/flintlock"
expect_status "a level cut short in its creation is made anew by the next run" 0 "$ZAALT" index -q --db "$db" "$tmpdir/cut"
expect_eq "...and the index opens" "$("$ZAALT" stats --db "$db" --json >/dev/null 2>&1 && echo opens)" opens
# ...cut short while its version file was written (v.tmp, not yet renamed
# iamglass): the same.
rm -rf "$db/restricted" && mkdir "$db/restricted"
: >"$db/restricted/postlist.glass"
: >"$db/restricted/flintlock"
printf 'version' >"$db/restricted/v.tmp"
expect_status "a level cut short writing its version file is made anew by the next run" 0 "$ZAALT" index -q --db "$db" "$tmpdir/cut"
expect_eq "...and the index opens" "$("$ZAALT" stats --db "$db" --json >/dev/null 2>&1 && echo opens)" opens
rm -f "$db/restricted/iamglass"
printf 'data' >>"$db/restricted/postlist.glass"
expect_status "a level with data and no iamglass is still refused as damaged" 2 "$ZAALT" index -q --db "$db" "$tmpdir/cut"

# ---- A second writer ---------------------------------------------------------
db=$tmpdir/db5
"$ZAALT" index -q --db "$db" --commit-every 100000 -j 1 "$corpus" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 100); do [ -s "$db/write.lock" ] && break; sleep 0.1; done
t0=$(date +%s%N)
"$ZAALT" index --db "$db" "$corpus" >"$tmpdir/second.out" 2>&1
rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
expect_eq "a second writer is refused (exit 1)" "$rc" 1
[ "$ms" -lt 3000 ] && pass "... at once (${ms} ms)" || fail "... at once" "${ms} ms"
expect_contains "... naming the lock" "$(cat "$tmpdir/second.out")" "lock $db/write.lock"
expect_contains "... and what holds it" "$(cat "$tmpdir/second.out")" "process $pid, started"
kill -TERM "$pid"
wait "$pid" 2>/dev/null
expect_status "once the first run has stopped, the next may write" 0 "$ZAALT" index -q --db "$db" "$corpus"

# ---- Two folders named alike, a moved folder ---------------------------------
need_http
db=$tmpdir/db6
mkdir -p "$tmpdir/A/docs" "$tmpdir/B/docs"
echo "public alpha text of A" >"$tmpdir/A/docs/one.txt"
echo "restricted bravo text of B" >"$tmpdir/B/docs/one.txt"
echo "restricted charlie text of B" >"$tmpdir/B/docs/two.txt"
"$ZAALT" index -q --db "$db" "$tmpdir/A/docs"
out=$("$ZAALT" index --db "$db" --access restricted "$tmpdir/B/docs" 2>&1)
expect_contains "a second folder of the same name removes nothing" "$out" "0 removed"
expect_contains "... and is told apart by name" "$out" "the index knows another folder ($tmpdir/A/docs) as source docs; this one is source docs-"
a_id=$("$ZAALT" search --db "$db" --json --as anonymous alpha | json 'j["hits"][0]["doc"]')
b_source=$("$ZAALT" search --db "$db" --json bravo | json 'j["hits"][0]["source"]')
expect_eq "A's document is still public, from source docs" "$("$ZAALT" search --db "$db" --json --as anonymous alpha | json 'j["hits"][0]["source"]')" docs
expect_contains "B's documents are another source" "$b_source" "docs-"
if start_server --db "$db"; then
    http_get "$U/file/$a_id"
    check "/file/<id of A/docs/one.txt> serves A's file to the public" eval 'status_is 200 && body_has "public alpha text of A"'
    check "... never B's restricted file" body_lacks "bravo"
    b_id=$("$ZAALT" search --db "$db" --json bravo | json 'j["hits"][0]["doc"]')
    expect_eq "B's restricted file is not served to the public" "$(http_status "$U/file/$b_id")" 404
    stop_server
else
    fail "a server on the index of two folders named docs"
fi
mkdir -p "$tmpdir/C"
mv "$tmpdir/A/docs" "$tmpdir/C/docs"
out=$("$ZAALT" index --db "$db" "$tmpdir/C/docs" 2>&1)
expect_contains "a moved folder is reported" "$out" "source docs moved from $tmpdir/A/docs to $tmpdir/C/docs"
expect_eq "... and its documents keep their ids" "$("$ZAALT" search --db "$db" --json --as anonymous alpha | json 'j["hits"][0]["doc"]')" "$a_id"

# ---- A file replaced with its size and mtime kept ----------------------------
db=$tmpdir/db7
mkdir -p "$tmpdir/R/d" "$tmpdir/R/x"
# At the start of a second, so that the file is written, indexed and
# replaced within it: its ctime then differs only below the second.
python3 -c "import time; time.sleep(1 - time.time() % 1 + 0.01)"
echo "oldword in the file" >"$tmpdir/R/d/f.txt"
echo "newword in the file" >"$tmpdir/R/x/f.txt"
touch -r "$tmpdir/R/d/f.txt" "$tmpdir/R/x/f.txt"
"$ZAALT" index -q --db "$db" "$tmpdir/R/d"
cp -p "$tmpdir/R/x/f.txt" "$tmpdir/R/d/f.txt"
out=$("$ZAALT" index --db "$db" "$tmpdir/R/d" 2>&1)
expect_contains "a file replaced by cp -p (same size and mtime) is read again" "$out" "Indexed 1 file"
expect_eq "... its new words are found, its old ones gone" \
    "$("$ZAALT" search --db "$db" --json newword | json 'j["total"]') $("$ZAALT" search --db "$db" --json oldword | json 'j["total"]')" "1 0"
chmod 600 "$tmpdir/R/d/f.txt"
expect_contains "a file whose inode data changed but not its content is not read again" \
    "$("$ZAALT" index --db "$db" "$tmpdir/R/d" 2>&1)" "Indexed 0 files"

# ---- What is not a file, named on the command line ---------------------------
mkfifo "$tmpdir/pipe"
ln -s "$tmpdir/nowhere.txt" "$tmpdir/dangling"
expect_status "a FIFO named is refused" 1 "$ZAALT" index --db "$tmpdir/db8" "$tmpdir/pipe"
expect_contains "... as a FIFO" "$(cat "$tmpdir/err")" "a named pipe (FIFO), not a file"
expect_status "a dangling symbolic link named is refused" 1 "$ZAALT" index --db "$tmpdir/db8" "$tmpdir/dangling"
expect_contains "... as one, saying where it leads" "$(cat "$tmpdir/err")" "a symbolic link to nothing (it leads to $tmpdir/nowhere.txt"
expect_status "a missing path is still 'no such file or folder'" 1 "$ZAALT" index --db "$tmpdir/db8" "$tmpdir/missing"
expect_contains "... so it says" "$(cat "$tmpdir/err")" "no such file or folder"

# ---- A full disk ---------------------------------------------------------------
mnt=$tmpdir/small
mkdir -p "$mnt"
if mount -t tmpfs -o size=3m tmpfs "$mnt" 2>/dev/null; then
    unmount_small() { umount "$mnt" 2>/dev/null; }
    on_exit unmount_small
    expect_status "a full disk stops the run (exit 2)" 2 "$ZAALT" index --db "$mnt/db" "$corpus"
    expect_contains "... saying the disk is full" "$(cat "$tmpdir/err")" "the disk is full"
    expect_not_contains "... not in Xapian's words" "$(cat "$tmpdir/err")" "DatabaseError"
    expect_status "... and the index still opens" 0 "$ZAALT" stats --db "$mnt/db"
    umount "$mnt"
    # A small volume takes a small index: a commit asks for room in
    # proportion to the index and its batch, not a fixed 64 MB.
    mount -t tmpfs -o size=8m tmpfs "$mnt"
    mkdir -p "$tmpdir/few"
    for i in 1 2 3; do
        printf 'Demo (fictional) decision %s: Хүн худалдаалах гэмт хэрэг.\n' "$i" >"$tmpdir/few/d$i.txt"
    done
    expect_status "an 8 MB volume takes an index of three files" 0 "$ZAALT" index -q --db "$mnt/db" "$tmpdir/few"
    expect_eq "... all three searchable" "$("$ZAALT" search --db "$mnt/db" --json 'худалдаалах' | json 'j["total"]')" 3
    umount "$mnt"
    # A run with nothing to do writes only its summary: it is not refused
    # on a disk with less room than a commit of units would ask (probe F2,
    # F7), and a run with something to write still is.  The index of the
    # 400 files (db4, complete since the Ctrl-C test), copied onto a volume
    # left with as much free as its public level takes.
    mount -t tmpfs -o size=32m tmpfs "$mnt"
    cp -a "$tmpdir/db4" "$mnt/db"
    room=$(du -sk "$mnt/db/public" | cut -f1)
    dd if=/dev/zero of="$mnt/fill" bs=1k count=$(($(df -k --output=avail "$mnt" | tail -1) - room)) status=none
    expect_status "a nearly full disk: a run with nothing to do completes (exit 0)" 0 "$ZAALT" index --db "$mnt/db" "$corpus"
    expect_contains "... and says nothing changed" "$(cat "$tmpdir/out")" "Indexed 0 files"
    expect_status "... a run with files to write is still refused (exit 2)" 2 "$ZAALT" index --db "$mnt/db" "$tmpdir/few"
    expect_contains "... saying the disk is full" "$(cat "$tmpdir/err")" "the disk is full"
    umount "$mnt"
else
    skip "a full disk stops the run" "cannot mount a small tmpfs here (not root?)"
fi

# ---- Queries with nothing to search for ---------------------------------------
db=$tmpdir/db1
for q in '""' 'title:""' '!!!' '-' '.' $'\u200b'; do
    expect_status "query [$q]: refused (exit 1)" 1 "$ZAALT" search --db "$db" --json "$q"
    expect_contains "query [$q]: nothing to search for" "$(cat "$tmpdir/err")" "nothing to search for"
done
expect_status "title: alone is still a syntax error" 1 "$ZAALT" search --db "$db" 'title:'
expect_contains "... saying so" "$(cat "$tmpdir/err")" "has no value after the colon"
expect_eq "an empty query still lists every document" "$("$ZAALT" search --db "$db" --json --limit 0 '' | json 'j["total"]')" 400
if start_server --db "$db"; then
    http_get "$U/api/search?q=%21%21%21"
    check "API: q=!!! is 400 'nothing to search for'" eval 'status_is 400 && body_has "nothing to search for"'
    http_get "$U/search?q=%E2%80%8B"
    check "page: a zero-width space is a bad query, not every document (in Mongolian by default)" \
        eval 'status_is 400 && body_has "хайх зүйл алга"'
    http_get "$U/api/search?q=&limit=0"
    check "API: an empty q still lists everything" eval 'status_is 200 && body_has "\"total\":400"'
    stop_server
else
    fail "a server for the query checks"
fi

# ---- --help tells the truth -----------------------------------------------------
help=$("$ZAALT" index --help 2>&1)
expect_contains "--help: the parsing limit" "$help" "OCR apart (default: 60)"
expect_contains "--help: the OCR limit per page" "$help" "(default: 30)"
expect_not_contains "--help: no stale 120 s" "$help" "default: 120"
expect_contains "--help: Word 97-2003 .doc is read" "$help" "Word 97-2003 .doc"
expect_not_contains "--help: .doc not among the skipped" "$help" "(RTF, .doc"
expect_contains "--help: SIGHUP commits" "$help" "SIGHUP commits"

# ---- text written with decomposed letters ----------------------------------------
# 11 MB of Mongolian with every й as и + U+0306 (as some converters write it):
# NFKC composes it a piece at a time, so the run takes seconds (GLib's NFKC
# of the whole text takes time in the square of its length: past the
# default parsing limit), and a query typed with the composed letter finds
# it.
nfd=$tmpdir/nfd
mkdir -p "$nfd"
python3 - "$nfd/decomposed.txt" <<'PY'
import sys
line = "Хүний наймаа: байгууллага хохирогчийг хамгаалах ажлыг зохион байгуулна.\n"
text = ("Хүүхдийн эрхийг хамгаалах байгууллага\n\n" + line * 80000).replace("й", "и\u0306")
open(sys.argv[1], "w").write(text)
PY
TIMEFORMAT='%U'
{ time "$ZAALT" index --db "$tmpdir/nfd-db" "$nfd" >"$tmpdir/nfd.out" 2>&1; } 2>"$tmpdir/nfd.time"
# (Before: "timed out while parsing (more than 60 s of CPU)", the file lost.)
expect_contains "an 11 MB text of decomposed letters is indexed" "$(cat "$tmpdir/nfd.out")" "Indexed 1 file"
expect_contains "nothing failed" "$(cat "$tmpdir/nfd.out")" " 0 failed."
cpu=$(cut -d. -f1 <"$tmpdir/nfd.time")
if [ "${cpu:-999}" -lt 60 ]; then pass "in bounded time (${cpu} s of CPU)"; else fail "in bounded time" "${cpu} s of CPU"; fi
expect_eq "the composed word finds it" \
    "$("$ZAALT" search --db "$tmpdir/nfd-db" --json --limit 0 байгууллага | json 'j["total"]')" 1
snip=$("$ZAALT" search --db "$tmpdir/nfd-db" --json байгууллага | json 'j["hits"][0]["snippet"]')
expect_contains "its snippet shows the composed letter" "$snip" "байгууллага"
expect_not_contains "and no combining breve (U+0306)" "$snip" $'\xcc\x86'

# ---- A path longer than a Xapian key; a folder the run cannot read ------------
# A file's source and path make its manifest key, which Xapian ends at 255
# bytes: a long Cyrillic file name (two bytes a letter) must not stop the run.
long=$tmpdir/long/мэдээ
mkdir -p "$long"
name=$(printf 'Хүн_худалдаалахтай_тэмцэх_тухай_хуульд_нэмэлт_өөрчлөлт_оруулах_тухай_хуулийг_дагаж_мөрдөх_журмын_тухай_%.0s' 1 2)
printf 'Демо. Урт нэртэй файл (зохиомол).\n' >"$long/${name:0:120}.txt"
printf 'Демо. Богино нэртэй файл (зохиомол).\n' >"$long/short.txt"
"$ZAALT" index --db "$tmpdir/long-db" "$tmpdir/long" >"$tmpdir/long.log" 2>&1
expect_eq "a path past 255 bytes is indexed beside the others" "$(tail -c 200 "$tmpdir/long.log" | grep -c 'Indexed 2 files')" 1
expect_contains "...and is unchanged the next time, not indexed again" \
    "$("$ZAALT" index --db "$tmpdir/long-db" "$tmpdir/long" 2>&1)" "2 unchanged, 0 not indexable, 0 removed"
rm "$long/${name:0:120}.txt"
expect_contains "...and removed when it goes" "$("$ZAALT" index --db "$tmpdir/long-db" "$tmpdir/long" 2>&1)" "1 removed"

# A folder the run cannot read is no empty folder: its documents stay, and
# the run says so.  (As nobody: root reads a folder of mode 000.)
if command -v runuser >/dev/null && id nobody >/dev/null 2>&1; then
    u=$tmpdir/unread
    mkdir -p "$u/c/sub" "$u/db"
    printf 'Демо (зохиомол). Нэгдүгээр баримт.\n' >"$u/c/a.txt"
    printf 'Демо (зохиомол). Хоёрдугаар баримт.\n' >"$u/c/sub/b.txt"
    : >"$u/c/sub/e.txt"
    chmod -R a+rX "$u" && chmod a+x "$tmpdir" && chown nobody "$u/db"
    nb() { runuser -u nobody -- env ZAALT_CONFIG_DIR="$ZAALT_CONFIG_DIR" "$ZAALT" "$@"; }
    nb index --db "$u/db/x" "$u/c" >/dev/null 2>&1 || fail "index as nobody"
    chmod 000 "$u/c/sub"
    out=$(nb index --db "$u/db/x" "$u/c" 2>&1)
    expect_contains "an unreadable folder is a failure, named with its reason" "$out" "c/sub: cannot read the folder"
    expect_contains "...and removes nothing" "$out" "0 removed"
    # zaalt stats lists the folder among the failures, after the run as
    # during it, and keeps the failure of the file in it.
    expect_eq "...not even the failure of a file in it; stats lists the folder" \
        "$(nb stats --db "$u/db/x" --json | json '[f["path"] for f in j["failures"]]')" '["c/sub", "c/sub/e.txt"]'
    chmod 000 "$u/c"
    expect_contains "an unreadable source root removes nothing either" "$(nb index --db "$u/db/x" "$u/c" 2>&1)" "0 removed"
    expect_eq "...the index still holds both documents" "$(nb stats --db "$u/db/x" --json | json 'j["documents"]')" 2
    chmod 755 "$u/c"
    # A folder that can be listed but not entered (mode 644): its files
    # are named, not silently dropped, and kept.
    chmod 644 "$u/c/sub"
    out=$(nb index --db "$u/db/x" "$u/c" 2>&1)
    expect_contains "a file in a folder listed but not entered is named" "$out" "c/sub/b.txt: cannot be reached"
    expect_contains "...and removed from nothing" "$out" "0 removed"
    chmod 755 "$u/c/sub"
    nb index --db "$u/db/x" "$u/c" >/dev/null 2>&1
    expect_eq "a folder read again is no longer listed as failed" \
        "$(nb stats --db "$u/db/x" --json | json '[f["path"] for f in j["failures"]]')" '["c/sub/e.txt"]'
else
    skip "an unreadable folder" "runuser or the user nobody is missing"
fi

# File names are printed as text, never as terminal control: a newline in a
# name forges no line of the report, an escape sequence reaches no terminal.
evil=$tmpdir/evil
mkdir -p "$evil"
printf 'not a pdf' >"$evil/x"$'\n''  failed  real.pdf'
printf 'not a pdf' >"$evil/esc"$'\e'"]0;pwned"$'\a'".pdf"
out=$("$ZAALT" index --db "$tmpdir/evil-db" "$evil" 2>&1)
expect_not_contains "no forged line in the report" "$(printf '%s\n' "$out" | grep -c '^  failed  real.pdf')" 1
expect_contains "...the newline shown as \\x0A" "$out" 'x\x0A  failed  real.pdf: damaged PDF'
expect_not_contains "no escape character reaches the terminal" "$out" $'\e'
expect_not_contains "...in zaalt stats either" "$("$ZAALT" stats --db "$tmpdir/evil-db" 2>&1)" $'\e'

# What the walk passes over it names: a FIFO, a link to a folder.
sk=$tmpdir/skips
mkdir -p "$sk"
mkfifo "$sk/pipe"
ln -s "$tmpdir" "$sk/folder-link"
printf 'Demo (fictional).\n' >"$sk/a.txt"
out=$(timeout 60 "$ZAALT" index --db "$tmpdir/skips-db" "$sk" 2>&1)
expect_contains "a FIFO is skipped, and said" "$out" "skipped skips/pipe: a FIFO, not read"
expect_contains "a link to a folder is skipped, and said" "$out" "skipped skips/folder-link: a symbolic link to a folder, not followed"

# The original of a file whose path passes a Xapian key is still served: the
# server finds its manifest record under the same hashed key.
if command -v curl >/dev/null; then
    lp=$tmpdir/longserve/мэдээ
    mkdir -p "$lp"
    printf 'Demo (fictional): a long-named file served.\n' >"$lp/${name:0:120}.txt"
    "$ZAALT" index -q --db "$tmpdir/longserve-db" "$tmpdir/longserve" || fail "index the long-named file"
    doc=$("$ZAALT" search --db "$tmpdir/longserve-db" --json '' | json 'j["hits"][0]["doc"]')
    if start_server --db "$tmpdir/longserve-db"; then
        http_get "$U/file/$doc"
        check "a long-named file's original is served" body_has "a long-named file served"
        stop_server
    else
        fail "serve the long-named file" "$(tail -3 "$server_log")"
    fi
fi

# A long plain text in paragraphs (a consolidated code saved as text) is
# indexed with the default limits: its paragraphs were split by a GRegex,
# whose cost grew with the square of the length (6 MB: over 60 s of CPU).
big=$tmpdir/big
mkdir -p "$big"
python3 - "$big/long.txt" <<'PY'
import random, sys
random.seed(7)
words = "хүн худалдаалах гэмт хэрэг шүүх хохирогч хүүхэд law court victim labour order article police".split()
with open(sys.argv[1], "w") as f:
    while f.tell() < 6_000_000:
        f.write(" ".join(random.choice(words) for _ in range(60)) + ".\n\n")
PY
out=$("$ZAALT" index --db "$tmpdir/big-db" "$big" 2>&1)
expect_contains "a 6 MB text in paragraphs is indexed with the default limits" "$out" "Indexed 1 file"
expect_contains "...with nothing failed" "$out" "0 failed"

# Text saved as "Unicode" by Windows Notepad: UTF-16 with its byte-order mark.
u16=$tmpdir/u16
mkdir -p "$u16"
printf 'Demo (fictional): хүүхэд худалдаалах хэрэг.\r\n' | iconv -f UTF-8 -t UTF-16 >"$u16/notepad.txt"
"$ZAALT" index -q --db "$tmpdir/u16-db" "$u16" >"$tmpdir/u16.log" 2>&1
expect_eq "UTF-16 text with its byte-order mark is read" \
    "$("$ZAALT" search --db "$tmpdir/u16-db" --json 'худалдаалах' | json 'j["total"]')" 1

# A file name in another encoding than UTF-8 (Latin-1 from an old share):
# shown with a replacement character, never null, and served by its bytes.
l1=$tmpdir/latin1-src
mkdir -p "$l1"
printf 'Demo (fictional): Хүн худалдаалах гэмт хэрэг.\n' >"$l1/$(printf 'shiidver_\351.txt')"
"$ZAALT" index -q --db "$tmpdir/l1-db" "$l1" >/dev/null 2>&1
l1json=$("$ZAALT" search --db "$tmpdir/l1-db" --json 'худалдаалах')
expect_eq "a Latin-1 file name's path is shown, repaired" "$(printf '%s' "$l1json" | json 'j["hits"][0]["path"]')" \
    "shiidver_$(printf '\357\277\275').txt"
l1id=$(printf '%s' "$l1json" | json 'j["hits"][0]["id"].split("-")[0]')
if start_server --db "$tmpdir/l1-db"; then
    http_get "$U/file/$l1id"
    check "...and its original is served" eval 'status_is 200 && body_has "Demo (fictional)"'
    stop_server
else
    fail "a server for the Latin-1 file name"
fi

# Served over several indexes (repeated --db), an original is found
# through whichever index holds its source, not the first only.
two=$tmpdir/second-src
mkdir -p "$two"
printf 'Demo (fictional): Хөдөлмөрийн мөлжлөгийн хэрэг.\n' >"$two/second.txt"
"$ZAALT" index -q --db "$tmpdir/second-db" "$two" >/dev/null 2>&1
twoid=$("$ZAALT" search --db "$tmpdir/second-db" --json 'мөлжлөг' | json 'j["hits"][0]["id"].split("-")[0]')
if start_server --db "$tmpdir/l1-db" --db "$tmpdir/second-db"; then
    http_get "$U/file/$twoid"
    check "two indexes served: the second's original is served" eval 'status_is 200 && body_has "мөлжлөгийн"'
    http_get "$U/file/$l1id"
    check "...and the first's" eval 'status_is 200 && body_has "Demo (fictional)"'
    stop_server
else
    fail "a server over two indexes"
fi

# A source folder found empty (a share not mounted) keeps what was indexed
# from it, and says so; --force takes the empty folder at its word.
em=$tmpdir/empty-src
mkdir -p "$em"
printf 'Demo (fictional): a file on a share.\n' >"$em/share.txt"
"$ZAALT" index -q --db "$tmpdir/empty-db" "$em" >/dev/null 2>&1
mv "$em/share.txt" "$tmpdir/share.txt"
out=$("$ZAALT" index --db "$tmpdir/empty-db" "$em" 2>&1)
expect_contains "an empty source folder is a failure, named" "$out" "the source folder is empty"
expect_eq "...and nothing is removed" "$("$ZAALT" stats --db "$tmpdir/empty-db" --json | json 'j["documents"]')" 1
"$ZAALT" index -q --force --db "$tmpdir/empty-db" "$em" >/dev/null 2>&1
expect_eq "with --force, what it held is removed" "$("$ZAALT" stats --db "$tmpdir/empty-db" --json | json 'j["documents"]')" 0

# ---- A file indexed before that cannot be read now ------------------------------
# A copy half done or a file emptied keeps its last good version searchable,
# restricted and masked copies alike, and the run and `zaalt stats` say so;
# it is read again once it changes.  A file deleted is removed, and a failed
# file deleted leaves the failed list.
kv=$tmpdir/kept-src
mkdir -p "$kv"
cp tests/data/restricted-decision.xml "$kv/dec.xml"
printf 'Demo (fictional): keptword stays in this note.\n' >"$kv/note.txt"
printf 'Demo (fictional): dropword in a file to be emptied, then deleted.\n' >"$kv/drop.txt"
"$ZAALT" index -q --db "$tmpdir/kept-db" "$kv" >/dev/null 2>&1
before_r=$(documents "$tmpdir/kept-db/restricted")
head -c 700 tests/data/restricted-decision.xml >"$kv/dec.xml.part" && mv "$kv/dec.xml.part" "$kv/dec.xml"
: >"$kv/note.txt"
: >"$kv/drop.txt"
out=$("$ZAALT" index --db "$tmpdir/kept-db" "$kv" 2>&1)
expect_contains "a file emptied: its failure says the version indexed before is kept" "$out" \
    "note.txt: empty file; the version indexed before"
expect_contains "...and the summary counts them" "$out" "3 of the failed files were indexed before"
expect_eq "...its words are still found" \
    "$("$ZAALT" search --db "$tmpdir/kept-db" --json keptword | json 'j["total"]')" 1
expect_eq "...a truncated decision keeps both its public and restricted copies" \
    "$(documents "$tmpdir/kept-db/public") $(documents "$tmpdir/kept-db/restricted")" "3 $before_r"
st=$("$ZAALT" stats --db "$tmpdir/kept-db" 2>&1)
expect_contains "...stats lists it failed, with its kept version" "$st" "dec.xml: XML not well-formed"
expect_contains "...(kept)" "$st" "is kept"
out=$("$ZAALT" index --db "$tmpdir/kept-db" "$kv" 2>&1)
expect_contains "...not read again while it stays as it failed" "$out" "3 files failed before and did not change"
printf 'Demo (fictional): freshword replaces the note.\n' >"$kv/note.txt"
rm "$kv/drop.txt"
out=$("$ZAALT" index --db "$tmpdir/kept-db" "$kv" 2>&1)
expect_contains "...read again once it changes; a failed file deleted is removed" "$out" \
    "Indexed 1 file (1 units) into $tmpdir/kept-db in"
expect_contains "...(1 removed)" "$out" "1 removed, 0 failed"
expect_eq "...its new words found, the old gone" \
    "$("$ZAALT" search --db "$tmpdir/kept-db" --json freshword | json 'j["total"]') $("$ZAALT" search --db "$tmpdir/kept-db" --json 'keptword OR dropword' | json 'j["total"]')" "1 0"
st=$("$ZAALT" stats --db "$tmpdir/kept-db" --json 2>&1)
expect_eq "...and stats lists only the file still failing" "$(printf '%s' "$st" | json 'sorted(f["path"] if isinstance(f, dict) else f for f in j["failures"])')" '["kept-src/dec.xml"]'

# ---- Counts add up to the files ----------------------------------------------------
# A statute the walk finds unchanged but the run reads again (a repealing
# act added, or one an interrupted run had not yet applied) counts once, as
# indexed, not also as unchanged.  Demo (fictional) statutes.
rc=$tmpdir/count-src
mkdir -p "$rc"
printf 'МОНГОЛ УЛСЫН ХУУЛЬ\n\n2011 оны 6 дугаар сарын 2-ны өдөр\nУлаанбаатар хот\n\nЗАГАС АГНАХ ТУХАЙ\n\n1 дүгээр зүйл.Хуулийн зорилт\n\n1.1.Энэ хуулийн зорилт нь цулбуургүүр харилцааг зохицуулахад оршино.\n\n2 дугаар зүйл.Хууль хүчин төгөлдөр болох\n\n2.1.Энэ хуулийг батлагдсан өдрөөс эхлэн дагаж мөрдөнө.\n' >"$rc/a_law.txt"
"$ZAALT" index -q --db "$tmpdir/count-db" "$rc" >/dev/null 2>&1
printf 'МОНГОЛ УЛСЫН ХУУЛЬ\n\n2018 оны 11 дүгээр сарын 29-ний өдөр\nУлаанбаатар хот\n\nЗАГАС АГНАХ ТУХАЙ ХУУЛЬ ХҮЧИНГҮЙ БОЛСОНД ТООЦОХ ТУХАЙ\n\n1 дүгээр зүйл.2011 оны 06 дугаар сарын 02-ны өдөр баталсан Загас агнах тухай хуулийг хүчингүй болсонд тооцсугай.\n\n2 дугаар зүйл.Энэ хуулийг 2019 оны 2 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.\n' >"$rc/b_repeal.txt"
out=$("$ZAALT" index --db "$tmpdir/count-db" "$rc" 2>&1)
expect_eq "a statute read again for its repeal counts as indexed, not also unchanged" \
    "$(printf '%s' "$out" | grep -o 'Indexed [0-9]* files (.* s; [0-9]* unchanged' | sed 's/ (.* s;/;/')" \
    "Indexed 2 files; 0 unchanged"

# ---- A damaged index ---------------------------------------------------------------
# A level's database overwritten: every command says what to do, and
# `index --force` rebuilds it, setting the damaged one aside (never deleted).
dm=$tmpdir/damaged-src
mkdir -p "$dm"
printf 'Demo (fictional): mendword in a note.\n' >"$dm/note.txt"
"$ZAALT" index -q --db "$tmpdir/damaged-db" "$dm" >/dev/null 2>&1
head -c 200 /dev/urandom >"$tmpdir/damaged-db/public/iamglass"
expect_status "a damaged index: stats fails (exit 2)" 2 "$ZAALT" stats --db "$tmpdir/damaged-db"
expect_contains "...saying how to rebuild it" "$(cat "$tmpdir/err")" "zaalt index --force --db $tmpdir/damaged-db"
expect_status "...index without --force fails" 2 "$ZAALT" index --db "$tmpdir/damaged-db" "$dm"
expect_contains "...saying the same" "$(cat "$tmpdir/err")" "the database is damaged"
expect_status "...index --force rebuilds it" 0 "$ZAALT" index --force --db "$tmpdir/damaged-db" "$dm"
expect_contains "...saying where the damaged database was set aside" "$(cat "$tmpdir/err")" \
    "set aside as $tmpdir/damaged-db/public.damaged-"
expect_eq "...which is there, and the rebuilt index answers" \
    "$(ls -d "$tmpdir"/damaged-db/public.damaged-* | wc -l) $("$ZAALT" search --db "$tmpdir/damaged-db" --json mendword | json 'j["total"]')" "1 1"

# An index of an older schema version (here one whose levels say 4) is
# whole, not damaged: every command says so, and `index --force` sets its
# levels aside and makes them anew.
cp -r "$tmpdir/damaged-db" "$tmpdir/older-db"
rm -rf "$tmpdir"/older-db/*.damaged-*
for level in public restricted sealed; do
    [ -d "$tmpdir/older-db/$level" ] && xapian-metadata set "$tmpdir/older-db/$level" zaalt:schema 4
done
expect_status "an older schema's index: stats fails (exit 2)" 2 "$ZAALT" stats --db "$tmpdir/older-db"
expect_contains "...saying which version it holds" "$(cat "$tmpdir/err")" "has schema version 4, this zaalt reads version"
expect_contains "...and how to rebuild it" "$(cat "$tmpdir/err")" "zaalt index --force with its sources rebuilds it"
expect_eq "...and not that it is damaged" "$(grep -c damaged "$tmpdir/err")" 0
expect_status "...index without --force fails" 2 "$ZAALT" index --db "$tmpdir/older-db" "$dm"
expect_contains "...naming the rebuild" "$(cat "$tmpdir/err")" "zaalt index --force --db $tmpdir/older-db"
expect_status "...index --force rebuilds it" 0 "$ZAALT" index --force --db "$tmpdir/older-db" "$dm"
expect_contains "...saying where the old level was set aside" "$(cat "$tmpdir/err")" \
    "set aside as $tmpdir/older-db/public.schema-4-"
expect_eq "...which is there, and the rebuilt index answers" \
    "$(ls -d "$tmpdir"/older-db/public.schema-4-* | wc -l) $("$ZAALT" search --db "$tmpdir/older-db" --json mendword | json 'j["total"]')" "1 1"

# A document of more units than a batch is committed inside itself (its
# units are not all held at once); killed between those commits, the run
# leaves an entry that never matches the file, so the next run removes
# what was written of it when the file is gone (no orphan units).
ld=$tmpdir/longdoc-src
mkdir -p "$ld"
printf '# Demo (fictional)\n\nA small note, kept.\n' >"$ld/small.md"
python3 -c '
import sys
with open(sys.argv[1], "w") as f:
    for i in range(8000):
        f.write("# Section %d (demo, fictional)\n\nOrphanword paragraph %d of a long demonstration file.\n\n" % (i, i))
' "$ld/big.md"
"$ZAALT" index -q -j 1 --no-ocr --commit-every 100 --db "$tmpdir/longdoc-db" "$ld" >/dev/null 2>&1 &
ldpid=$!
cut_short=
for _ in $(seq 1 400); do
    n=$(documents "$tmpdir/longdoc-db/public")
    if [ -n "$n" ] && [ "$n" -gt 2 ]; then kill -9 $ldpid 2>/dev/null && cut_short=$n; break; fi
    kill -0 $ldpid 2>/dev/null || break
    sleep 0.05
done
wait $ldpid 2>/dev/null
if [ -n "$cut_short" ] && [ "$(documents "$tmpdir/longdoc-db/public")" -lt 8001 ]; then
    rm "$ld/big.md"
    expect_contains "a run killed inside a long document: the next run removes its part once the file is gone" \
        "$("$ZAALT" index -j 1 --no-ocr --db "$tmpdir/longdoc-db" "$ld" 2>&1)" "1 removed"
    expect_eq "...leaving no unit of it" "$(documents "$tmpdir/longdoc-db/public")" 1
else
    skip "a run killed inside a long document" "the run ended before it could be killed"
fi
