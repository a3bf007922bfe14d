#!/usr/bin/env bash
# t12-config-location.sh — which corpus-config a `zaalt` binary reads, and
# that it says so: in its source tree, installed as PREFIX/bin/zaalt beside
# PREFIX/share/zaalt/corpus-config, from ./corpus-config, from
# $ZAALT_CONFIG_DIR; a binary that finds none warns (its documents would get
# no types or articles from the config's patterns) rather than indexing
# differently in silence; a $ZAALT_CONFIG_DIR that is no folder is refused.
. tests/lib.sh
unset ZAALT_CONFIG_DIR
repo=$(pwd)
demo=$repo/corpus-config/demo/code

# A copy of the binary with nothing beside it, run from a folder without a
# corpus-config: the way a binary copied out of its build tree is run.
mkdir -p "$tmpdir/bare/bin" "$tmpdir/elsewhere"
cp "$ZAALT" "$tmpdir/bare/bin/zaalt"
bare=$tmpdir/bare/bin/zaalt

# The facets of an index of the demo's codes, as "type=…; article=N".
facets() {
    "$ZAALT" search --db "$1" --json 'хүн' | python3 -c '
import json, sys
j = json.load(sys.stdin)
print("type=%s; article=%d" % (",".join(sorted(v["value"] for v in j["facets"].get("type", []))),
                              len(j["facets"].get("article", []))))'
}

"$ZAALT" index -q --db "$tmpdir/db-tree" "$demo" >/dev/null 2>"$tmpdir/tree.err"
expect_eq "in its tree: no warning" "$(cat "$tmpdir/tree.err")" ""
expect_eq "in its tree: stats --json names the tree's corpus-config" \
    "$("$ZAALT" stats --db "$tmpdir/db-tree" --json | json 'j["config_dir"]')" "$repo/corpus-config"
expect_contains "in its tree: stats says which configuration" \
    "$("$ZAALT" stats --db "$tmpdir/db-tree")" "configuration: $repo/corpus-config"
tree_facets=$(facets "$tmpdir/db-tree")
expect_contains "in its tree: the demo code is typed code" "$tree_facets" "type=code"

# Without a config: said on stderr by every command, and in stats.
(cd "$tmpdir/elsewhere" && "$bare" index -q --db "$tmpdir/db-bare" "$demo") >/dev/null 2>"$tmpdir/bare.err"
expect_contains "no config: index warns" "$(cat "$tmpdir/bare.err")" "warning: no corpus-config found"
expect_contains "no config: the warning says how to give one" "$(cat "$tmpdir/bare.err")" "ZAALT_CONFIG_DIR"
expect_contains "no config: the warning names the binary it looked beside" "$(cat "$tmpdir/bare.err")" "$bare"
out=$(cd "$tmpdir/elsewhere" && "$bare" stats --db "$tmpdir/db-bare" --json 2>"$tmpdir/bare-stats.err")
expect_eq "no config: stats --json config_dir is null" "$(printf '%s' "$out" | json 'j["config_dir"]')" "None"
expect_contains "no config: stats warns too" "$(cat "$tmpdir/bare-stats.err")" "no corpus-config found"
expect_contains "no config: stats text says so" \
    "$(cd "$tmpdir/elsewhere" && "$bare" stats --db "$tmpdir/db-bare" 2>/dev/null)" "configuration: none found"
# What the warning is about: the same files index differently.
if [ "$(facets "$tmpdir/db-bare")" != "$tree_facets" ]; then
    pass "no config: the index differs from the tree's (what the warning warns of)"
else
    fail "no config: the index differs from the tree's" "both $tree_facets: the warning would be needless"
fi

# Installed: PREFIX/bin/zaalt finds PREFIX/share/zaalt/corpus-config.
mkdir -p "$tmpdir/prefix/bin" "$tmpdir/prefix/share/zaalt"
cp "$ZAALT" "$tmpdir/prefix/bin/zaalt"
cp -r "$repo/corpus-config" "$tmpdir/prefix/share/zaalt/corpus-config"
(cd "$tmpdir/elsewhere" && "$tmpdir/prefix/bin/zaalt" index -q --db "$tmpdir/db-prefix" "$demo") \
    >/dev/null 2>"$tmpdir/prefix.err"
expect_eq "installed: no warning" "$(cat "$tmpdir/prefix.err")" ""
expect_eq "installed: stats names PREFIX/share/zaalt/corpus-config" \
    "$(cd "$tmpdir/elsewhere" && "$tmpdir/prefix/bin/zaalt" stats --db "$tmpdir/db-prefix" --json |
        json 'j["config_dir"]')" "$tmpdir/prefix/share/zaalt/corpus-config"
expect_eq "installed: the index is the tree's" "$(facets "$tmpdir/db-prefix")" "$tree_facets"

# ./corpus-config of the folder it is run from.
mkdir -p "$tmpdir/office"
ln -s "$repo/corpus-config" "$tmpdir/office/corpus-config"
out=$(cd "$tmpdir/office" && "$bare" stats --db "$tmpdir/db-tree" --json 2>"$tmpdir/office.err")
expect_eq "./corpus-config: no warning" "$(cat "$tmpdir/office.err")" ""
expect_eq "./corpus-config: found" "$(printf '%s' "$out" | json 'j["config_dir"]')" "$tmpdir/office/corpus-config"

# $ZAALT_CONFIG_DIR: taken when it is a folder, refused when it is not.
out=$(cd "$tmpdir/elsewhere" && ZAALT_CONFIG_DIR=$repo/corpus-config "$bare" stats --db "$tmpdir/db-tree" --json \
    2>"$tmpdir/env.err")
expect_eq "ZAALT_CONFIG_DIR: taken" "$(printf '%s' "$out" | json 'j["config_dir"]')" "$repo/corpus-config"
expect_eq "ZAALT_CONFIG_DIR: no warning" "$(cat "$tmpdir/env.err")" ""
expect_status "ZAALT_CONFIG_DIR naming no folder: refused" 1 \
    env ZAALT_CONFIG_DIR="$tmpdir/no-such-folder" "$bare" stats --db "$tmpdir/db-tree"
expect_contains "ZAALT_CONFIG_DIR naming no folder: says which" \
    "$(ZAALT_CONFIG_DIR="$tmpdir/no-such-folder" "$bare" stats --db "$tmpdir/db-tree" 2>&1)" \
    "ZAALT_CONFIG_DIR=$tmpdir/no-such-folder is not a folder"

# zaalt serve warns once, whether it becomes zaalt-serve beside it or
# serves in its own process.
for lean in with without; do
    [ $lean = with ] && cp "$(dirname "$ZAALT")/zaalt-serve" "$tmpdir/bare/bin/zaalt-serve"
    [ $lean = without ] && rm -f "$tmpdir/bare/bin/zaalt-serve"
    (cd "$tmpdir/elsewhere" && timeout $((5 * slowdown)) "$bare" serve --db "$tmpdir/db-bare" --bind 127.0.0.1 \
        --port "$(free_port)" >/dev/null 2>"$tmpdir/serve-$lean.err")
    expect_eq "no config: zaalt serve $lean zaalt-serve warns once" \
        "$(grep -c 'no corpus-config found' "$tmpdir/serve-$lean.err")" 1
done

# A real statute, not one of ours: the Constitution is typed a code with the
# tree's config and, as the warning says, not without it.
constitution=$(cd "$SHARED" 2>/dev/null && pwd)/mn/law/undsen_khuuli.txt
if have_shared && [ -f "$constitution" ]; then
    "$ZAALT" index -q --db "$tmpdir/db-const" "$constitution" >/dev/null 2>&1
    (cd "$tmpdir/elsewhere" && "$bare" index -q --db "$tmpdir/db-const-bare" "$constitution") >/dev/null 2>&1
    expect_contains "the real Constitution, in the tree: a code" \
        "$("$ZAALT" stats --db "$tmpdir/db-const" | sed -n 2p)" "type: code (1)"
    expect_contains "the real Constitution, without a config: not a code" \
        "$("$ZAALT" stats --db "$tmpdir/db-const-bare" | sed -n 2p)" "type: other (1)"
else
    skip "the real Constitution" "$SHARED is not beside the project"
fi
