#!/usr/bin/env bash
# t13-config-faults.sh — a damaged configuration stops `zaalt index` (or the
# command reading it) with an error naming the file and the line, before
# anything is written, where GKeyFile alone would go on with another meaning
# (probe F3): an empty `root =` or one naming the configuration folder (it
# indexed users.ini's password hashes for anonymous readers), a root inside
# the index; a key of another case (`Access =` made a restricted source
# public), an unknown key or section, a key or section given twice (the last
# silently won: a source made public, a reader raised to sealed), a boolean
# that is neither true nor false; a mask.ini missing, empty, with a list or
# dictionary that points nowhere or a pattern that does not compile; a list
# linked to /dev/zero or a named pipe (it ate 13 GB and never ended) is
# refused at once.  A BOM, CRLF line ends and trailing blanks are read as
# plain text.
# Demo (fictional): every file here is made up for the test.
. tests/lib.sh
unset ZAALT_CONFIG_DIR
repo=$(pwd)

mkdir -p "$tmpdir/corpus/pub" "$tmpdir/corpus/res"
echo "Demo (fictional) note: publicword" >"$tmpdir/corpus/pub/p.txt"
echo "Demo (fictional) memo: wombatrestrictedword" >"$tmpdir/corpus/res/r.txt"

# A fresh configuration folder: corpus-config's lists, a users.ini, and a
# zaalt.ini with the [source …] text given.
fresh() {
    rm -rf "$tmpdir/cfg" "$tmpdir/db"
    mkdir -p "$tmpdir/cfg"
    cp "$repo"/corpus-config/*.txt "$repo"/corpus-config/*.tsv "$repo"/corpus-config/*.ini "$tmpdir/cfg"/
    printf '[user investigator]\nlevel = restricted\npassword = $y$j9T$x$y\n' >"$tmpdir/cfg/users.ini"
    printf '[index]\ndb = ../db\n\n[source pub]\nroot = ../corpus/pub\n\n[source res]\n%s\n' "$1" >"$tmpdir/cfg/zaalt.ini"
}
index() { ZAALT_CONFIG_DIR=$tmpdir/cfg "$ZAALT" index -q --config "$tmpdir/cfg/zaalt.ini"; }
# refused NAME MESSAGE: the run exits 1 with MESSAGE on stderr and writes no index.
refused() {
    expect_status "$1: refused" 1 index
    expect_contains "... naming the file and line" "$(cat "$tmpdir/err")" "$2"
    [ -e "$tmpdir/db" ] && fail "... nothing written" "$tmpdir/db exists" || pass "... nothing written"
}
ini=$tmpdir/cfg/zaalt.ini

# ---- zaalt.ini ----------------------------------------------------------------
fresh 'root ='
refused "an empty root" "zaalt: $ini:8: [source res] root is empty: name the folder of the source's files"
fresh 'root = .'
refused "a root naming the configuration folder" \
    "$ini:8: [source res] root $tmpdir/cfg is the configuration folder $tmpdir/cfg: a source never takes in the configuration"
fresh 'root = ..'
refused "a root holding the configuration folder" "$ini:8: [source res] root $tmpdir holds the configuration folder"
fresh 'root = ../db/public'
refused "a root inside the index folder" "$ini:8: [source res] root $tmpdir/db/public lies inside the index folder"
fresh "root = ../corpus/res
Access = restricted"
refused "a key of another case (Access)" "$ini:9: unknown key 'Access' in [source res]; did you mean 'access'?"
fresh "root = ../corpus/res
access = restricted
access = public"
refused "a key given twice" "$ini:10: 'access' in [source res] again (first at line 9): a key is given once"
fresh "root = ../corpus/res
access = restricted
[source pub]
access = public"
refused "a section given twice" "$ini:10: [source pub] again (first at line 4)"
fresh "root = ../corpus/res
mask = ture"
refused "a boolean neither true nor false" "$ini:9: [source res] mask must be true or false, not 'ture'"
fresh "root = ../corpus/res
type.banana = *"
refused "an unknown key" "$ini:9: unknown key 'type.banana' in [source res]"
fresh "root = ../corpus/res
[srouce x]"
refused "an unknown section" "$ini:9: unknown section [srouce x] (known: [index], [source NAME])"

# A BOM, CRLF line ends and trailing blanks (after `restricted`): read as meant.
fresh "root = ../corpus/res   
access = restricted   "
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' "$ini"; } >"$ini.new" && mv "$ini.new" "$ini"
expect_status "BOM, CRLF and trailing blanks: indexed" 0 index
s() { ZAALT_CONFIG_DIR=$tmpdir/cfg "$ZAALT" search --db "$tmpdir/db" --json --limit 0 "$@" | json 'j["total"]'; }
expect_eq "... the restricted source stays restricted" "$(s --as anonymous wombatrestrictedword) $(s wombatrestrictedword)" "0 1"

# ---- users.ini -----------------------------------------------------------------
fresh "root = ../corpus/res
access = restricted"
index >/dev/null 2>&1
users=$tmpdir/cfg/users.ini
printf '[user investigator]\nlevel = restricted\nlevel = sealed\n' >"$users"
expect_status "users.ini: a level given twice is refused" 1 \
    env ZAALT_CONFIG_DIR="$tmpdir/cfg" "$ZAALT" search --db "$tmpdir/db" --as investigator wombatrestrictedword
expect_contains "... naming both lines" "$(cat "$tmpdir/err")" \
    "$users:3: 'level' in [user investigator] again (first at line 2): a key is given once"
printf '[user investigator]\nlevel = restricted\n\n[user investigator]\nlevel = sealed\n' >"$users"
expect_status "users.ini: a user's section given twice is refused" 1 \
    env ZAALT_CONFIG_DIR="$tmpdir/cfg" "$ZAALT" search --db "$tmpdir/db" --as investigator wombatrestrictedword
expect_contains "... naming both lines" "$(cat "$tmpdir/err")" "$users:4: [user investigator] again (first at line 1)"
printf '[user investigator]\nLevel = sealed\n' >"$users"
expect_status "users.ini: a key of another case is refused" 1 \
    env ZAALT_CONFIG_DIR="$tmpdir/cfg" "$ZAALT" search --db "$tmpdir/db" --as investigator wombatrestrictedword
expect_contains "... with the key meant" "$(cat "$tmpdir/err")" \
    "$users:2: unknown key 'Level' in [user investigator]; did you mean 'level'?"
printf '\xef\xbb\xbf[user investigator]\r\nlevel = restricted \r\n' >"$users"
expect_eq "users.ini: BOM, CRLF and a trailing blank read as meant" \
    "$(ZAALT_CONFIG_DIR=$tmpdir/cfg "$ZAALT" search --db "$tmpdir/db" --json --as investigator wombatrestrictedword |
        json 'j["total"]')" 1

# ---- mask.ini and its lists ------------------------------------------------------
mask=$tmpdir/cfg/mask.ini
fresh "root = ../corpus/res"
rm "$mask"
refused "a missing mask.ini" "zaalt: $mask: No such file or directory: the masking rules do not load, so nothing is indexed"
fresh "root = ../corpus/res"
: >"$mask"
refused "an empty mask.ini" "$mask: neither [names] nor [patterns]"
fresh "root = ../corpus/res"
sed -i 's/^names-file = .*/names-file = nosuch-names.txt/' "$mask"
refused "a names-file that points nowhere" \
    "$mask:$(grep -n '^names-file' "$mask" | cut -d: -f1): [names] names-file names a list that does not load: $tmpdir/cfg/nosuch-names.txt: No such file or directory"
fresh "root = ../corpus/res"
sed -i 's|^dictionary = .*|dictionary = /nonexistent.dic|' "$mask"
refused "a dictionary that points nowhere" "[names] dictionary names a dictionary that does not load: /nonexistent.dic"
fresh "root = ../corpus/res"
sed -i 's/^\[names\]/[nmaes]/' "$mask"
refused "a renamed [names] section" "unknown section [nmaes] (known: [names], [patterns])"
fresh "root = ../corpus/res"
echo 'broken = (((unclosed[' >>"$mask"
refused "an unknown pattern key" "unknown key 'broken' in [patterns]"
fresh "root = ../corpus/res"
sed -i 's/^phone = .*/phone = (((unclosed[/' "$mask"
refused "a pattern that does not compile" "[patterns] phone does not compile"
fresh "root = ../corpus/res"
rm "$tmpdir/cfg/mask-names.txt" && ln -s /dev/zero "$tmpdir/cfg/mask-names.txt"
refused "a names list linked to /dev/zero, at once" "$tmpdir/cfg/mask-names.txt: a device, not a file: it is not read"

# ---- every other list: refused at once and said, never read endlessly --------
fresh "root = ../corpus/res"
rm "$tmpdir/cfg/glossary.tsv" && ln -s /dev/zero "$tmpdir/cfg/glossary.tsv"
rm "$tmpdir/cfg/stopwords-en.txt" && mkfifo "$tmpdir/cfg/stopwords-en.txt"
start=$(date +%s)
expect_status "a glossary linked to /dev/zero and a stopword list that is a FIFO: the run ends" 0 \
    timeout -k 5 $((60 * slowdown)) env ZAALT_CONFIG_DIR="$tmpdir/cfg" "$ZAALT" index -q --config "$ini"
expect_contains "... saying the glossary is not read" "$(cat "$tmpdir/err")" \
    "zaalt: warning: $tmpdir/cfg/glossary.tsv: not a regular file (a device or a named pipe), read as empty"
expect_contains "... and the stopwords" "$(cat "$tmpdir/err")" "warning: $tmpdir/cfg/stopwords-en.txt: not a regular file"
[ $(($(date +%s) - start)) -lt $((30 * slowdown)) ] && pass "... promptly" || fail "... promptly" "$(($(date +%s) - start)) s"
