# lib.sh — shared by the integration and HTTP test scripts (tests/t*.sh).
# Each check prints one TAP line: "ok - NAME" or "not ok - NAME: why";
# tests/run counts them.  Scripts run from the repository root.

B=${B:-build}
ZAALT=${ZAALT:-$B/zaalt}
SHARED=${SHARED:-../shared/corpus}
tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/zaalt-test.XXXXXX")
_cleanup_fns=()
_cleanup() {
    local f
    for f in "${_cleanup_fns[@]}"; do $f; done
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

# json EXPR < file: evaluates a Python expression over the parsed JSON `j`.
json() {
    python3 -c 'import json,sys; j=json.load(sys.stdin); r=eval(sys.argv[1]); print(r if not isinstance(r,(list,dict)) else json.dumps(r, ensure_ascii=False))' "$1"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

have_shared() { [ -d "$SHARED" ] && [ -f "$SHARED/MANIFEST.tsv" ]; }

# index_demo DB: indexes build/demo (made by `make demo`) into DB with the
# demo's type rules, as corpus-config/zaalt.ini does; skips the whole script
# when build/demo is missing; fails it when indexing fails.
index_demo() {
    demo_ini
    "$ZAALT" index -q --db "$1" --config "$tmpdir/demo.ini" || { fail "index the demo corpus"; exit 1; }
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
