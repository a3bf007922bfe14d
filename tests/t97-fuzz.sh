#!/usr/bin/env bash
# t97-fuzz.sh — a short libFuzzer run of every target in tests/fuzz/ (the
# query language and analysis, the XML extractor, plain text and structure),
# then every kept crashing input in tests/fuzz/regressions/ as a regression
# test.  `make fuzz` runs the same for longer (FUZZ_SECONDS=300).
# The targets run two at a time (FUZZ_JOBS), each on a core of its own:
# the script runs alone (the line below), as its runs are bounded by time.
# tests/run: alone
. tests/lib.sh
# libFuzzer counts its time from the process's start, and the extraction
# targets load hunspell-mn's dictionary first (LLVMFuzzerInitialize, some
# 2 s here): 3 s leave those about 1 s of fuzzing, the rest nearly 3 s.
# Here the run is smoke (a target that builds, starts and does not fail
# at once) and the kept inputs: `make fuzz` is the search.
secs=${FUZZ_SECONDS:-3}
# Under make check the targets are built beside the other tests: their
# build's status is awaited here (FUZZ_BUILD_STATUS), and a failed build
# fails the test.
if [ -n "${FUZZ_BUILD_STATUS:-}" ]; then
    for _ in $(seq 1200); do [ -s "$FUZZ_BUILD_STATUS" ] && break; sleep 1; done
    st=$(cat "$FUZZ_BUILD_STATUS" 2>/dev/null)
    if [ "$st" != 0 ]; then
        fail "the fuzz targets build" "status ${st:-none after 20 minutes}: $(tail -n 15 "${FUZZ_BUILD_STATUS%.status}.log" 2>/dev/null)"
        exit 1
    fi
fi
ls build/fuzz/fuzz_* >/dev/null 2>&1 || skip_all "fuzz targets not built (clang missing?)"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
# fuzz_one BIN NAME: its TAP lines, the libFuzzer run then the kept inputs.
fuzz_one() {
    local bin=$1 name=$2 rc execs scratch seeds
    scratch=$tmpdir/$name
    mkdir -p "$scratch"
    seeds=tests/fuzz/corpus/$name
    "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -artifact_prefix="$tmpdir/crash-$name-" "$scratch" ${seeds:+$( [ -d "$seeds" ] && echo "$seeds")} \
        >"$tmpdir/$name.log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$tmpdir/$name.log" | grep -o '[0-9]*$')
    [ -z "$execs" ] && execs=$(grep -oE '#[0-9]+' "$tmpdir/$name.log" | tail -1 | tr -d '#')
    if [ $rc -eq 0 ]; then
        pass "fuzz $name: ${secs}s, ${execs:-?} executions, no crash"
    else
        fail "fuzz $name" "$(grep -m3 -E 'ERROR|SUMMARY|crash-' "$tmpdir/$name.log") (inputs in $tmpdir, copy to tests/fuzz/regressions/$name/)"
        mkdir -p build/fuzz-findings && cp "$tmpdir"/crash-"$name"-* build/fuzz-findings/ 2>/dev/null
    fi
    if [ -d "tests/fuzz/regressions/$name" ]; then
        if "$bin" -timeout=10 "tests/fuzz/regressions/$name"/* >"$tmpdir/$name.reg" 2>&1; then
            pass "fuzz $name: $(ls "tests/fuzz/regressions/$name" | wc -l) kept crashing inputs pass"
        else
            fail "fuzz $name regressions" "$(grep -m3 -E 'ERROR|SUMMARY' "$tmpdir/$name.reg")"
        fi
    fi
}
fuzz_jobs=${FUZZ_JOBS:-2}
names=()
for bin in build/fuzz/fuzz_*; do
    name=${bin##*/fuzz_}
    [ -x "$bin" ] || continue
    names+=("$name")
    while [ "$(jobs -pr | wc -l)" -ge "$fuzz_jobs" ]; do wait -n; done
    fuzz_one "$bin" "$name" >"$tmpdir/$name.tap" &
done
wait
for name in "${names[@]}"; do cat "$tmpdir/$name.tap"; done
