# lib.sh — shared by the integration and HTTP test scripts (tests/t*.sh).
# Each check prints one TAP line: "ok - NAME" or "not ok - NAME: why";
# tests/run counts them.  Scripts run from the repository root.
#
# What is here: TAP lines and plain assertions; the demo corpus indexed
# (once per `tests/run`, then copied); servers on free loopback ports,
# stopped at exit; requests through curl and assertions on their answers.
# Not for: anything a single script alone needs.

B=${B:-build}
ZAALT=${ZAALT:-$B/zaalt}
# Debian's python3 (make deps installs it) where it is: the first python3 on
# PATH may be a version manager's shim costing a quarter of a second a
# call, and the scripts call it (json, below) a few thousand times a run.
if [ -x /usr/bin/python3 ]; then python3() { /usr/bin/python3 "$@"; }; fi
SHARED=${SHARED:-../shared/corpus}
# sanitized: true when $ZAALT is the ASan/UBSan build (make SANITIZE=1),
# several times slower: a time bound meant for the release build is
# scaled by slowdown (1, or 3 under the sanitizers).
sanitized() { ldd "$ZAALT" 2>/dev/null | grep -q 'libasan'; }
slowdown=1
if sanitized; then slowdown=3; fi
tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/zaalt-test.XXXXXX")
_cleanup_fns=()
_server_pids=()
_cleanup() {
    local f p
    for f in "${_cleanup_fns[@]}"; do $f; done
    for p in "${_server_pids[@]}"; do kill "$p" 2>/dev/null; done
    for p in "${_server_pids[@]}"; do wait "$p" 2>/dev/null; done
    rm -rf "$tmpdir"
}
trap _cleanup EXIT
on_exit() { _cleanup_fns+=("$1"); }

pass() { echo "ok - $1"; }
fail() { echo "not ok - $1: ${2:-failed}"; }
skip() { echo "ok - $1 # SKIP ${2:-}"; }
skip_all() { echo "ok - $(basename "$0") # SKIP $1"; exit 0; }

# expect_eq NAME ACTUAL EXPECTED
expect_eq() {
    if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "expected '$3', got '$2'"; fi
}
# expect_contains NAME HAYSTACK NEEDLE
expect_contains() {
    case "$2" in
        *"$3"*) pass "$1" ;;
        *) fail "$1" "'$3' not found in: $(printf '%s' "$2" | head -c 400)" ;;
    esac
}
expect_not_contains() {
    case "$2" in
        *"$3"*) fail "$1" "'$3' should not appear in: $(printf '%s' "$2" | head -c 400)" ;;
        *) pass "$1" ;;
    esac
}
# expect_status NAME EXPECTED_STATUS CMD...
expect_status() {
    local name=$1 want=$2
    shift 2
    "$@" >"$tmpdir/out" 2>"$tmpdir/err"
    local got=$?
    if [ "$got" = "$want" ]; then pass "$name"; else fail "$name" "exit $got, wanted $want: $(head -c 300 "$tmpdir/err")"; fi
}

# answers DB ORDER QUERY...: each query's answer as the operator and as the
# public, a line each, reduced to what two indexes of the same files must
# agree on: the total, the page's ids with their "more" counts (ORDER
# "order" as ranked, "set" sorted: hits of equal weight may come in another
# order where documents are numbered otherwise), facet counts and the
# spelling suggestion.
answers() {
    local db=$1 order=$2 as
    shift 2
    printf '%s\n' "$@" >"$tmpdir/answers.q"
    for as in "" anonymous; do
        # One process a reader (--queries: one JSON object a line).
        "$ZAALT" search --db "$db" ${as:+--as "$as"} --json --limit 50 --queries "$tmpdir/answers.q" 2>&1 | python3 -c '
import json, sys
for raw in sys.stdin:
    try:
        j = json.loads(raw)
    except ValueError:
        print("error", raw.strip()[:80]); continue
    if "error" in j:
        print("error", j["error"]["message"][:80]); continue
    page = [(h["id"], h["more"]) for h in j["hits"]]
    print(j["total"], sorted(page) if sys.argv[1] == "set" else page,
          [(f, sorted((v["value"], v["count"]) for v in vs)) for f, vs in sorted(j["facets"].items())],
          j.get("suggestion"))' "$order"
    done
}

# ask DB [SEARCH-OPTIONS...] -- QUERY...: every QUERY asked of DB by one
# `zaalt search --json --queries` (the dictionaries, most of a search's
# start, loaded once), each answer kept for `answer` until the next ask.  A query asked of a
# script's index again and again, or a run of queries with the same
# options, costs one process instead of one each.
ask() {
    local db=$1 q i=0
    shift
    local opts=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do opts+=("$1"); shift; done
    shift
    # Only the last ask's answers are kept: never one of another index.
    rm -rf "$tmpdir/ask"
    mkdir -p "$tmpdir/ask"
    : >"$tmpdir/ask.q"
    for q in "$@"; do
        # One line a query, as --queries reads them (blank lines left out).
        case "$q" in "" | *$'\n'*) fail "ask: a query of one line" "[$q]"; return 1 ;; esac
        printf '%s\n' "$q" >>"$tmpdir/ask.q"
    done
    "$ZAALT" search --db "$db" --json "${opts[@]}" --queries "$tmpdir/ask.q" >"$tmpdir/ask.out" 2>"$tmpdir/ask.err"
    for q in "$@"; do
        i=$((i + 1))
        sed -n "${i}p" "$tmpdir/ask.out" >"$tmpdir/ask/$(printf '%s' "$q" | md5sum | cut -c1-32)"
    done
}
# answer QUERY: the answer `ask` kept for QUERY, as `zaalt search --json`
# prints it; nothing (and why, on stderr) when none was kept.
answer() {
    local f
    f=$tmpdir/ask/$(printf '%s' "$1" | md5sum | cut -c1-32)
    if [ -s "$f" ]; then cat "$f"; else echo "no answer kept for [$1]: $(head -c 300 "$tmpdir/ask.err")" >&2; fi
}
# answered QUERY: true when `ask` kept an answer for QUERY (one that is no
# error: an error is left to be asked again, as its message goes to stderr).
answered() {
    local f
    f=$tmpdir/ask/$(printf '%s' "$1" | md5sum | cut -c1-32)
    [ -s "$f" ] && ! grep -q '^{"query":.*,"error":{' "$f"
}
# forget_answers: `ask`'s answers dropped (their index is about to change).
forget_answers() { rm -rf "$tmpdir/ask"; }

# json EXPR < file: evaluates a Python expression over the parsed JSON `j`.
json() {
    python3 -c 'import json,sys; j=json.load(sys.stdin); r=eval(sys.argv[1]); print(r if not isinstance(r,(list,dict)) else json.dumps(r, ensure_ascii=False))' "$1"
}

# at_time "YYYY-MM-DD hh:mm:ss" COMMAND...: COMMAND with its clock starting
# at that moment and running on, as `faketime` gives it, through
# libfaketime preloaded by hand.  Not faketime(1): it names a semaphore after
# its own PID and leaves it in /dev/shm when killed, and a later faketime
# given the same PID fails ("sem_open: File exists") and runs nothing.  The
# library leaves such files too, but runs on past one of its PID (tried).
# have_faketime: true when the library is installed (make deps).
fakelib=$(ls /usr/lib/*/faketime/libfaketimeMT.so.1 2>/dev/null | head -1)
have_faketime() { [ -n "$fakelib" ]; }
at_time() {
    local when=$1
    shift
    FAKETIME="@$when" LD_PRELOAD="$fakelib${LD_PRELOAD:+:$LD_PRELOAD}" "$@"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# The number of documents a Xapian database (a level's folder) holds, as
# xapian-delve reads it; nothing when it cannot be opened.
documents() { xapian-delve "$1" 2>/dev/null | awk -F' = ' '/^number of documents/ {print $2}'; }
have_shared() { [ -d "$SHARED" ] && [ -f "$SHARED/MANIFEST.tsv" ]; }

# index_national UNITS: a national corpus of UNITS decisions (bench/national/
# gen, no statutes) in $tmpdir/corpus, indexed into $tmpdir/db; skips the
# script without the real metadata in $SHARED, fails it when indexing fails.
index_national() {
    [ -f "$SHARED/data/mn_criminal_decisions_2020_2026.tsv" ] || skip_all "no national metadata in $SHARED"
    corpus=$tmpdir/corpus db=$tmpdir/db
    bench/national/gen --units "$1" --statute-units 0 --out "$corpus" >"$tmpdir/gen.out" 2>&1
    printf '[index]\ndb = %s\n[source national]\nroot = %s\ntype.decision = decisions/*;appeal/*;cassation/*\n' \
        "$db" "$corpus" >"$tmpdir/c.ini"
    "$ZAALT" index -q -j 1 --no-ocr --config "$tmpdir/c.ini" >"$tmpdir/index.out" 2>&1 ||
        { fail "a corpus of $1 decisions is indexed" "$(tail -1 "$tmpdir/index.out")"; exit 0; }
}

# index_demo DB: the demo corpus (build/demo, made by `make demo`) indexed
# into DB with the demo's type rules, as corpus-config/zaalt.ini does; skips
# the whole script when build/demo is missing; fails it when indexing fails.
# Under tests/run (ZAALT_TEST_CACHE set) the index is built once per run
# and configuration folder (ZAALT_CONFIG_DIR), by whichever script asks
# first, and each script gets a copy of its own.
index_demo() {
    demo_ini
    _cached_index demo "$1" --config "$tmpdir/demo.ini" || { fail "index the demo corpus"; exit 1; }
}

# _cached_index NAME DB INDEX-ARGUMENTS...: `zaalt index -q --db DB
# INDEX-ARGUMENTS`, made once per `tests/run` and configuration folder
# under the cache's NAME and copied to DB (without ZAALT_TEST_CACHE: made
# in DB).  Returns non-zero when indexing or copying fails.
_cached_index() {
    local name=$1 db=$2
    shift 2
    if [ -z "${ZAALT_TEST_CACHE:-}" ]; then
        "$ZAALT" index -q --db "$db" "$@"
        return
    fi
    local cached
    cached=$ZAALT_TEST_CACHE/$name-db-$(printf '%s' "${ZAALT_CONFIG_DIR:-}" | md5sum | cut -c1-12)
    (
        flock 9
        [ -f "$cached.done" ] && exit 0
        rm -rf "$cached"
        "$ZAALT" index -q --db "$cached" "$@" && touch "$cached.done"
    ) 9>"$cached.lock" || return 1
    cp -a "$cached" "$db"
}

# index_statutes DB: the core statutes of $SHARED/mn/law (the real ones)
# indexed into DB by two workers, once per `tests/run` as index_demo does;
# skips the whole script without them, fails it when indexing fails.
index_statutes() {
    have_shared || skip_all "../shared/corpus is absent: the real statutes are not tested"
    _cached_index statutes "$1" -j 2 "$SHARED/mn/law" 2>"$tmpdir/statutes.err" ||
        { fail "the core statutes are indexed" "$(tail -3 "$tmpdir/statutes.err")"; exit 0; }
}

# demo_ini: writes $tmpdir/demo.ini, the demo's source and type rules as in
# corpus-config/zaalt.ini; skips the whole script when build/demo is missing.
demo_ini() {
    [ -d build/demo/decisions ] || skip_all "build/demo is missing: run make demo"
    cat >"$tmpdir/demo.ini" <<INI
[source demo]
root = $PWD/build/demo
type.code = code/*
type.decision = decisions/*
type.research = research/*
type.sop = sop/*
INI
}

# ---- HTTP: servers, requests, assertions on the answer -------------------

# wait_up URL PID: sets up=yes once URL answers (any status), up=no when PID
# dies first or thirty seconds pass (a loaded machine: loading hunspell-mn
# alone takes a second of CPU).
wait_up() {
    up=no
    local deadline=$((SECONDS + 30))
    while [ $SECONDS -lt $deadline ]; do
        if curl -s -o /dev/null --max-time 1 "$1"; then up=yes; return 0; fi
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.05
    done
    return 1
}

# start_server [-x PROGRAM] SERVE-OPTIONS...: `PROGRAM serve SERVE-OPTIONS
# --port P` (PROGRAM: $ZAALT) on a free loopback port P, its stderr (the
# access log) appended to $tmpdir/server-P.log.  Sets server_pid, port, U
# (the base URL) and server_log, and returns once it answers; returns 1 if
# it dies first or does not answer (wait_up).  A port taken between free_port and
# the server's bind is retried on another.  Every server is stopped at exit.
start_server() {
    local prog=$ZAALT try
    if [ "$1" = -x ]; then prog=$2; shift 2; fi
    for try in 1 2 3; do
        port=$(free_port)
        U=http://127.0.0.1:$port
        server_log=$tmpdir/server-$port.log
        "$prog" serve "$@" --port "$port" 2>>"$server_log" &
        server_pid=$!
        _server_pids+=("$server_pid")
        wait_up "$U/" "$server_pid" && return 0
        kill -0 "$server_pid" 2>/dev/null && return 1
        grep -q "cannot listen" "$server_log" || return 1
    done
    return 1
}

# stop_server [PID]: SIGTERM to PID (default $server_pid), then waits for
# it; returns its exit status.
stop_server() {
    local pid=${1:-$server_pid} st=0 i
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || st=$?
    for i in "${!_server_pids[@]}"; do
        # Reaped: its pid may be reused, so it is not killed again at exit.
        [ "${_server_pids[$i]}" = "$pid" ] && unset '_server_pids[i]'
    done
    return $st
}

# http_get URL [curl options...]: the body to $tmpdir/body, the headers to
# $tmpdir/head, the status code in $status.
http_get() {
    local url=$1
    shift
    : >"$tmpdir/head"
    : >"$tmpdir/body"
    status=$(curl -s --max-time 10 -D "$tmpdir/head" -o "$tmpdir/body" -w '%{http_code}' "$@" "$url") || true
}

# http_status [curl options...] URL: prints the status code alone.
http_status() {
    curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$@"
}

# check NAME COMMAND...: passes when COMMAND succeeds.  The predicates
# below, on the last http_get, leave the reason in $why when they fail.
check() {
    local name=$1
    shift
    why=
    if "$@"; then pass "$name"; else fail "$name" "${why:-check failed}"; fi
    why=
}
body_has() { grep -qF -- "$1" "$tmpdir/body" || { why="body lacks: $1"; return 1; }; }
body_lacks() { ! grep -qF -- "$1" "$tmpdir/body" || { why="body has: $1"; return 1; }; }
head_has() { grep -qiF -- "$1" "$tmpdir/head" || { why="headers lack: $1"; return 1; }; }
status_is() { [ "$status" = "$1" ] || { why="status $status, want $1"; return 1; }; }
# body_json EXPR: true when the Python expression over the body parsed as
# `j` is.
body_json() {
    python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); sys.exit(0 if eval(sys.argv[2]) else 1)' \
        "$tmpdir/body" "$1" 2>/dev/null || { why="JSON check failed: $1 on $(head -c 300 "$tmpdir/body")"; return 1; }
}
# body_value EXPR: prints the Python expression over the body parsed as `j`.
body_value() {
    python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$tmpdir/body" "$1" 2>/dev/null
}

# need_http: skips the whole script when curl or python3 is missing or
# $ZAALT is not built.
need_http() {
    command -v curl >/dev/null || skip_all "curl is not installed"
    command -v python3 >/dev/null || skip_all "python3 is not installed"
    [ -x "$ZAALT" ] || skip_all "$ZAALT is not built"
}

# http_fixture: the HTTP scripts' corpus of two files (one English, one
# Mongolian document) in $corpus, indexed into $db and served
# (start_server); the English document's title, unit id and document id in
# en_title, en_unit and en_doc.  Ends the script when any of that fails.
http_fixture() {
    need_http
    corpus=$tmpdir/corpus
    db=$tmpdir/db
    mkdir -p "$corpus/en" "$corpus/mn"
    cat >"$corpus/en/persons.txt" <<'TXT'
Trafficking in persons: a field study

This study describes trafficking in persons across the northern border and the
support given to victims by shelters and prosecutors.
TXT
    cat >"$corpus/mn/huuhed.txt" <<'TXT'
Хүүхдийн эрхийг хамгаалах тухай

Энэхүү журам нь хүүхдийн эрхийг хамгаалах, хохирогчид туслалцаа үзүүлэх
ажлын дарааллыг тогтооно.
TXT
    if ! "$ZAALT" index --db "$db" "$corpus" >"$tmpdir/index.log" 2>&1; then
        fail "fixture corpus indexes" "$(tail -5 "$tmpdir/index.log")"
        exit 1
    fi
    pass "fixture corpus indexes"
    if ! start_server --db "$db"; then
        fail "server starts and answers" "$(tail -5 "$server_log")"
        exit 1
    fi
    pass "server starts and answers"
    # A query no script asks otherwise: the answer cache stays cold for theirs.
    http_get "$U/api/search?q=trafficking&limit=1"
    en_title=$(body_value 'j["hits"][0]["title"]') || true
    en_unit=$(body_value 'j["hits"][0]["id"]') || true
    en_doc=$(body_value 'j["hits"][0]["doc"]') || true
    [ -n "$en_doc" ] || { fail "the fixture's English document is found" "$(head -c 300 "$tmpdir/body")"; exit 1; }
}
