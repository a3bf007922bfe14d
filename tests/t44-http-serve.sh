#!/usr/bin/env bash
# t44-http-serve.sh — which program `zaalt serve` runs: zaalt-serve, built
# beside it (make all) without the indexer's libraries, in the same process
# and without poppler's or tesseract's pages mapped; and when zaalt-serve is
# not beside it, zaalt itself, which still serves.  Over lib.sh's two-file
# fixture.  Not for: what the server answers (t40-t43).
. tests/lib.sh

http_fixture

# `zaalt serve` becomes zaalt-serve, built beside it (make all) without the
# indexer's libraries: same process, none of poppler's or tesseract's pages.
check "zaalt serve runs as zaalt-serve, in the same process" \
    test "$(basename "$(readlink "/proc/$server_pid/exe")")" = zaalt-serve
check "the server maps neither poppler nor tesseract" \
    sh -c "! grep -qE 'libpoppler|libtesseract' /proc/$server_pid/maps"

# Without zaalt-serve beside it, `zaalt serve` serves from its own process.
mkdir -p "$tmpdir/alone"
cp "$ZAALT" "$tmpdir/alone/zaalt"
start_server -x "$tmpdir/alone/zaalt" --db "$db"
check "zaalt serve without zaalt-serve beside it still serves" test $up = yes
check "...from its own program" test "$(readlink "/proc/$server_pid/exe")" = "$tmpdir/alone/zaalt"
