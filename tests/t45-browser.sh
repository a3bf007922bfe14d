#!/usr/bin/env bash
# t45-browser.sh — the web front end as a user meets it, in a real browser:
# Debian's chromium, headless, driven by playwright-core (tests/browser/,
# node's own test runner).  Indexes the demo corpus, starts `zaalt serve`,
# runs tests/browser/*.test.mjs and saves screenshots in build/screenshots/.
#
# Skips (with the reason) only when chromium is not installed or cannot
# start; `make check` installs it (make browser-deps).  A missing node or
# playwright-core is a failure: they are the test's own dependencies.
. tests/lib.sh

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || skip_all "chromium is not installed (apt-get install chromium, or make browser-deps)"
if ! timeout 20 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$tmpdir/probe" --dump-dom about:blank \
        >/dev/null 2>"$tmpdir/chromium.err"; then
    skip_all "chromium cannot start: $(tail -1 "$tmpdir/chromium.err")"
fi
[ -d build/demo/decisions ] || { fail "build/demo exists" "run make demo"; exit 1; }
command -v node >/dev/null || { fail "node is installed" "apt-get install nodejs npm"; exit 1; }
if [ ! -d tests/browser/node_modules/playwright-core ]; then
    # The committed lock file pins playwright-core; it never downloads a browser.
    if ! (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund) >"$tmpdir/npm.log" 2>&1; then
        fail "npm ci in tests/browser" "$(tail -3 "$tmpdir/npm.log")"
        exit 1
    fi
fi

index_demo "$tmpdir/db"

start_server --db "$tmpdir/db" || { fail "zaalt serve starts" "$(tail -3 "$server_log")"; exit 1; }

# The real 2015 Criminal Code (when ../shared is beside the project): its
# repealed article and struck part, on a second server.
law_url=
code=../shared/corpus/mn/law/eruugiin_khuuli_2015.txt
if [ -f "$code" ]; then
    mkdir -p "$tmpdir/law"
    cp "$code" "$tmpdir/law/"
    "$ZAALT" index -q --db "$tmpdir/lawdb" "$tmpdir/law" || fail "index the real Criminal Code"
    main_url=$U main_pid=$server_pid
    start_server --db "$tmpdir/lawdb" && law_url=$U || fail "serve the real Criminal Code" "$(tail -3 "$server_log")"
    U=$main_url server_pid=$main_pid
else
    echo "# ../shared/corpus absent: the browser's check of a repealed article is skipped"
fi

# Sign-in over HTTPS with a certificate of the test's own (issue 19): an
# investigator's restricted note, a server with TLS and a user.
tls_url= tls_doc=
if command -v openssl >/dev/null; then
    mkdir -p "$tmpdir/tls/secret" "$tmpdir/tlscfg"
    printf 'Fictional restricted note of the browser test: Zorigtbaatar testified.\n' >"$tmpdir/tls/secret/note.txt"
    printf '[source tls]\nroot = %s\naccess.restricted = secret/*\n' "$tmpdir/tls" >"$tmpdir/tls.ini"
    "$ZAALT" index -q --db "$tmpdir/tlsdb" --config "$tmpdir/tls.ini" || fail "index the restricted note"
    tls_doc=$("$ZAALT" search --db "$tmpdir/tlsdb" --json Zorigtbaatar | json 'j["hits"][0]["doc"]')
    cp corpus-config/*.txt corpus-config/*.tsv corpus-config/*.ini "$tmpdir/tlscfg"/ 2>/dev/null
    printf '[user investigator]\nlevel = restricted\npassword = %s\n' "$(echo browser-pass | "$ZAALT" passwd)" \
        >"$tmpdir/tlscfg/users.ini"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$tmpdir/key.pem" -out "$tmpdir/cert.pem" \
        2>"$tmpdir/openssl.log" || fail "openssl makes a certificate" "$(tail -2 "$tmpdir/openssl.log")"
    tls_port=$(free_port)
    ZAALT_CONFIG_DIR=$tmpdir/tlscfg "$ZAALT" serve --db "$tmpdir/tlsdb" --port "$tls_port" \
        --tls-cert "$tmpdir/cert.pem" --tls-key "$tmpdir/key.pem" 2>>"$tmpdir/tls-server.log" &
    _server_pids+=("$!")
    for _ in $(seq 100); do curl -s -o /dev/null --cacert "$tmpdir/cert.pem" "https://127.0.0.1:$tls_port/" && break; sleep 0.1; done
    tls_url=https://127.0.0.1:$tls_port
else
    echo "# openssl is missing: the browser's sign-in over HTTPS is skipped (make deps installs it)"
fi

mkdir -p build/screenshots
# TAP from node's runner: top-level "ok N - name" / "not ok N - name" lines
# are what tests/run counts; the rest (diagnostics) shows on failure.
ZAALT_URL=$U ZAALT_LAW_URL=$law_url ZAALT_TLS_URL=$tls_url ZAALT_TLS_DOC=$tls_doc CHROMIUM=$CHROMIUM SCREENSHOTS=$PWD/build/screenshots \
    timeout 120 node --test --test-reporter=tap --test-concurrency=1 tests/browser/ >"$tmpdir/tap" 2>&1
rc=$?
cat "$tmpdir/tap"
if [ $rc -ne 0 ] && ! grep -q '^not ok' "$tmpdir/tap"; then
    fail "browser tests ran" "node exited with status $rc"
fi
n=$(ls build/screenshots/*.png 2>/dev/null | wc -l)
expect_eq "screenshots saved in build/screenshots" "$n" $((9 + ${law_url:+1} + ${tls_url:+1}))
