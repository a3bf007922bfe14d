#!/usr/bin/env bash
# t80-access.sh — access levels never leak on the command line: a planted
# restricted and a sealed document, each with a unique word, cannot be
# seen, counted or guessed by a reader without clearance, while cleared
# readers and the operator see them.  (HTTP endpoints: t85-access-http.sh.)
. tests/lib.sh

corpus=$tmpdir/c
mkdir -p "$corpus/pub" "$corpus/res" "$corpus/seal"
cat >"$corpus/pub/notice.txt" <<TXT
Public notice on victim support services and the referral hotline.
TXT
cat >"$corpus/res/case.txt" <<TXT
Restricted case file: the child victim zorbuliquant was moved across the border.
TXT
cat >"$corpus/seal/sealed.txt" <<TXT
Sealed testimony: the witness quaffelborn identified the recruiter of the victim.
TXT
db=$tmpdir/db
"$ZAALT" index -q --db "$db" --access public "$corpus/pub" &&
"$ZAALT" index -q --db "$db" --access restricted "$corpus/res" &&
"$ZAALT" index -q --db "$db" --access sealed "$corpus/seal" || { fail "index three levels"; exit 1; }

# Users: a copy of corpus-config with a users.ini.
cfg=$tmpdir/cfg
mkdir -p "$cfg"
cp corpus-config/*.txt corpus-config/*.tsv corpus-config/*.ini "$cfg"/ 2>/dev/null
cat >"$cfg/users.ini" <<INI
[user investigator]
level = restricted
[user judge]
level = sealed
INI
export ZAALT_CONFIG_DIR=$cfg
s() { "$ZAALT" search --db "$db" --json "$@"; }

for who in anonymous investigator judge operator; do
    as=(--as "$who"); [ "$who" = operator ] && as=()
    case $who in anonymous) want=1 ;; investigator) want=2 ;; *) want=3 ;; esac
    # One search, its total and its facets (a search's start, its
    # dictionaries, is most of its time).
    r=$(s "${as[@]}" --limit 0 victim)
    expect_eq "$who: total for 'victim'" "$(echo "$r" | json 'j["total"]')" "$want"
    expect_eq "$who: facet counts for 'victim'" \
        "$(echo "$r" | json 'sum(v["count"] for v in j["facets"]["source"])')" "$want"
    expect_eq "$who: stats documents" "$("$ZAALT" stats --db "$db" --json "${as[@]}" | json 'j["documents"]')" "$want"
done

# The unique words: nothing to see, count or guess for the uncleared,
# asked by one process (lib.sh's ask), each answered.
uncleared=(zorbuliquant 'zorbuliquant OR notice' '"child victim"' 'victim -notice')
ask "$db" --as anonymous --limit 10 -- "${uncleared[@]}"
for q in "${uncleared[@]}"; do
    answered "$q" || fail "anonymous '$q' is answered" "$(head -c 300 "$tmpdir/ask.err")"
    # Everything the reader is shown except the echo of their own query.
    r=$(answer "$q" | json '[j["total"], j["hits"], j["facets"], j["suggestion"]]')
    expect_not_contains "anonymous '$q': no restricted text" "$r" "zorbuliquant"
    expect_not_contains "anonymous '$q': no restricted path" "$r" "case.txt"
done
expect_eq "anonymous: restricted word counts nothing" "$(answer zorbuliquant | json 'j["total"]')" 0
expect_eq "investigator: restricted word found" "$(s --as investigator zorbuliquant | json 'j["hits"][0]["path"]')" case.txt
expect_eq "investigator: sealed word not found" "$(s --as investigator --limit 0 quaffelborn | json 'j["total"]')" 0
expect_eq "judge: sealed word found" "$(s --as judge quaffelborn | json 'j["hits"][0]["path"]')" sealed.txt
# No "did you mean" may point at a word the reader cannot see.
expect_not_contains "anonymous: no suggestion from restricted text" "$(s --as anonymous zorbuliquan)" "zorbuliquant"

# Viewing by id: the same answer as for an unknown id.
rid=$(s zorbuliquant | json 'j["hits"][0]["doc"]')
expect_status "anonymous cannot show a restricted document" 1 "$ZAALT" show --db "$db" --as anonymous "$rid"
expect_contains "…with the unknown-id message" "$(cat "$tmpdir/err")" "no document or unit with id '$rid'"
expect_status "investigator can show it" 0 "$ZAALT" show --db "$db" --as investigator "$rid"
expect_status "unknown user is refused" 1 "$ZAALT" search --db "$db" --as nobody victim
expect_contains "unknown user message" "$(cat "$tmpdir/err")" "no user 'nobody'"

# On disk: each level is its own database; the public one never saw the word.
expect_eq "three level databases" "$(ls "$db" | grep -v -e ocr-cache -e write.lock | sort | tr '\n' ' ')" "public restricted sealed "
if command -v xapian-delve >/dev/null; then
    expect_eq "public database holds no restricted term" "$(xapian-delve -t zorbuliquant "$db/public" 2>&1 | grep -c 'termfreq [1-9]')" 0
fi

# Levels by path pattern in the corpus config: a rule can raise a file
# above its source's level, never lower it.
db2=$tmpdir/db2
cat >"$tmpdir/corpus.ini" <<INI
[source all]
root = $corpus
access = public
access.restricted = res/*
access.sealed = seal/*
INI
"$ZAALT" index -q --db "$db2" --config "$tmpdir/corpus.ini"
expect_eq "config rule: anonymous sees the public file only" \
    "$("$ZAALT" search --db "$db2" --json --as anonymous --limit 0 victim | json 'j["total"]')" 1
expect_eq "config rule: investigator sees public and restricted" \
    "$("$ZAALT" search --db "$db2" --json --as investigator --limit 0 victim | json 'j["total"]')" 2
expect_eq "config rule: operator sees all three" "$("$ZAALT" search --db "$db2" --json --limit 0 victim | json 'j["total"]')" 3
# Reclassifying a file upwards moves it out of the public database.
sed -i 's|access.restricted = res/\*|access.restricted = res/*;pub/*|' "$tmpdir/corpus.ini"
"$ZAALT" index -q --db "$db2" --config "$tmpdir/corpus.ini"
expect_eq "reclassified file gone from public" \
    "$("$ZAALT" search --db "$db2" --json --as anonymous --limit 0 notice | json 'j["total"]')" 0
expect_eq "reclassified file visible when cleared" \
    "$("$ZAALT" search --db "$db2" --json --as investigator --limit 0 notice | json 'j["total"]')" 1
expect_eq "reclassified file counted once" "$("$ZAALT" search --db "$db2" --json --limit 0 victim | json 'j["total"]')" 3

# A document may raise its own level in an XML field (access="sealed"),
# never lower it; it is then not re-extracted on every run.
mkdir -p "$tmpdir/x"
cat >"$tmpdir/x/self-sealed.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<decision xmlns="urn:zaalt:demo:1" xml:lang="en" access="sealed">
  <title>Self-sealed test ruling</title>
  <body><section kind="facts"><p>The witness plimbertoft gave evidence about the victim.</p></section></body>
</decision>
XML
cat >"$tmpdir/x/self-public.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<decision xmlns="urn:zaalt:demo:1" xml:lang="en" access="public">
  <title>Claims to be public</title>
  <body><section kind="facts"><p>The recruiter quindlewar kept the victim's passport.</p></section></body>
</decision>
XML
db3=$tmpdir/db3
"$ZAALT" index -q --db "$db3" --access restricted "$tmpdir/x"
expect_eq "XML access field raises the level" "$("$ZAALT" search --db "$db3" --json --as investigator --limit 0 plimbertoft | json 'j["total"]')" 0
expect_eq "…and the cleared reader finds it" "$("$ZAALT" search --db "$db3" --json --as judge --limit 0 plimbertoft | json 'j["total"]')" 1
expect_eq "an XML field never lowers the level" "$("$ZAALT" search --db "$db3" --json --as anonymous --limit 0 quindlewar | json 'j["total"]')" 0
expect_contains "a self-raised file is not re-extracted" "$("$ZAALT" index --db "$db3" --access restricted "$tmpdir/x")" "Indexed 0 files"
