#!/usr/bin/env bash
# t21-research-query.sh — the research query language (issue 21): NEAR,
# NEAR/n, /n, /s (same sentence), /p (same part), =word (this written form),
# word* (any ending, bounded, with a notice), in fields and with filters,
# malformed uses as errors with positions; from the CLI and over HTTP, on a
# small corpus whose sentences and parts are known word by word.
. tests/lib.sh

corpus=$tmpdir/corpus
mkdir -p "$corpus/a" "$corpus/b"
cat >"$corpus/a/one.txt" <<'TXT'
Proximity sample one

The prosecutor filed the motion quickly. The judge denied it.

The witness spoke later in another part. Хүүхдийн эрхийг хамгаалах нь чухал.
TXT
cat >"$corpus/b/two.txt" <<'TXT'
Proximity sample two

Хүүхэд бол ирээдүй. The judge read the motion of the prosecutor and the witness.
TXT
# Seventy words starting with zzq: more than word* searches.
{
    echo "Prefix sample"
    echo
    for a in a b c d e f g; do for b in a b c d e f g h i j; do printf 'zzq%s%s ' $a $b; done; done
    echo
} >"$corpus/a/many.txt"
# A long text where a word stands in four places far apart: passages.
{
    echo "Passage sample"
    echo
    for k in 1 2 3 4; do
        printf 'Filler words about nothing in particular go here number %s. ' $(seq 1 12)
        printf 'The lighthouse keeper number %s wrote it down.\n\n' $k
    done
} >"$corpus/a/long.txt"
cat >"$tmpdir/t.ini" <<INI
[source t]
root = $corpus
type.research = a/*
type.sop = b/*
INI
db=$tmpdir/db
"$ZAALT" index -q --db "$db" --config "$tmpdir/t.ini" || { fail "index the research sample"; exit 1; }
# paths QUERY [OPTIONS]: the matching files, sorted, space-separated.
paths() {
    "$ZAALT" search --db "$db" --json "$@" | json '" ".join(sorted(h["path"].split("/")[-1] for h in j["hits"]))'
}

# Same sentence, same part: one.txt has prosecutor and motion in one
# sentence, judge in the next, witness in the next part; two.txt all in one.
expect_eq "/s: prosecutor and motion in one sentence" "$(paths 'prosecutor /s motion')" "one.txt two.txt"
expect_eq "/s: prosecutor and judge only where one sentence holds both" "$(paths 'prosecutor /s judge')" "two.txt"
expect_eq "/p: prosecutor and judge in one part" "$(paths 'prosecutor /p judge')" "one.txt two.txt"
expect_eq "/p: not across parts" "$(paths 'prosecutor /p witness')" "two.txt"
expect_eq "/S and /P in capitals" "$(paths 'prosecutor /S judge')" "two.txt"
# NEAR/n: prosecutor filed the motion = 3 words apart; either order.
expect_eq "NEAR/3 finds words 3 apart" "$(paths 'prosecutor NEAR/3 motion')" "one.txt two.txt"
expect_eq "NEAR/2 does not" "$(paths 'prosecutor NEAR/2 motion')" ""
expect_eq "NEAR either order" "$(paths 'motion NEAR/3 prosecutor')" "one.txt two.txt"
expect_eq "/3 is NEAR/3" "$(paths 'motion /3 prosecutor')" "one.txt two.txt"
expect_eq "NEAR alone is 10 words" "$(paths 'judge NEAR witness')" "two.txt"
expect_eq "a phrase in a chain" "$(paths '"the judge" /s prosecutor')" "two.txt"
expect_eq "a chain of three" "$(paths 'judge /s motion /s witness')" "two.txt"
expect_eq "NOT a chain" "$(paths 'judge NOT (prosecutor /s judge)')" "one.txt"
expect_eq "-chain" "$(paths 'judge -prosecutor /s judge')" "one.txt"
# Mongolian inflection: хүүхэд reaches хүүхдийн in a chain, =word does not.
expect_eq "/s with inflection" "$(paths 'хүүхэд /s хамгаалах')" "one.txt"
expect_eq "хүүхэд finds both forms" "$(paths 'хүүхэд')" "one.txt two.txt"
expect_eq "=хүүхдийн: that form only" "$(paths '=хүүхдийн')" "one.txt"
expect_eq "=хүүхэд: that form only" "$(paths '=хүүхэд')" "two.txt"
expect_eq "=ХҮҮХЭД is case folded" "$(paths '=ХҮҮХЭД')" "two.txt"
expect_eq "=word in a chain" "$(paths '=хүүхдийн /s эрхийг')" "one.txt"
snip=$("$ZAALT" search --db "$db" --json '=хүүхэд' | json 'j["hits"][0]["snippet"]')
expect_contains "=хүүхэд marks the form" "$snip" "<mark>Хүүхэд</mark>"
snip=$("$ZAALT" search --db "$db" --json '=хүүхдийн' | json 'j["hits"][0]["snippet"]')
expect_contains "=хүүхдийн marks it" "$snip" "<mark>Хүүхдийн</mark>"
# word*: any ending, in a field, with filters; cut with a notice.
expect_eq "prosec* finds prosecutor" "$(paths 'prosec*')" "one.txt two.txt"
expect_eq "хүүх* reaches both forms" "$(paths 'хүүх*')" "one.txt two.txt"
expect_eq "title:proxim* in the title field" "$(paths 'title:proxim*')" "one.txt two.txt"
expect_eq "title:proxim* with a filter" "$(paths 'title:proxim*' --filter type:sop)" "two.txt"
expect_eq "a chain with a filter" "$(paths 'prosecutor /p judge' --filter type:research)" "one.txt"
expect_eq "word* in a chain" "$(paths 'prosec* /s judg*')" "two.txt"
r=$("$ZAALT" search --db "$db" --json 'zzq*')
expect_eq "zzq* finds the sample" "$(echo "$r" | json 'j["total"]')" 1
expect_contains "zzq* says it was cut" "$(echo "$r" | json 'j["notices"]')" "zzq* stands for more words than are searched (70 forms"
expect_eq "prosec* has no notice" "$("$ZAALT" search --db "$db" --json 'prosec*' | json 'j["notices"]')" "[]"

# Several passages: at most three, best first, none overlapping, marked.
r=$("$ZAALT" search --db "$db" --json lighthouse)
expect_eq "three passages" "$(echo "$r" | json 'len(j["hits"][0]["passages"])')" 3
expect_eq "each passage marks the word" "$(echo "$r" | json 'all("<mark>lighthouse</mark>" in p for p in j["hits"][0]["passages"])')" True
expect_eq "passages do not overlap" \
    "$(echo "$r" | json 'len(set(p.split("keeper number ")[1][0] for p in j["hits"][0]["passages"]))')" 3
expect_eq "the snippet stays" "$(echo "$r" | json '"<mark>lighthouse</mark>" in j["hits"][0]["snippet"]')" True
expect_eq "no passages for a word-less hit" "$("$ZAALT" search --db "$db" --json 'type:sop' | json 'j["hits"][0]["passages"]')" "[]"

# Malformed: errors with positions, never words dropped silently.
err() { "$ZAALT" search --db "$db" "$1" 2>&1 >/dev/null; }
expect_contains "NEAR first" "$(err 'NEAR judge')" "'NEAR' joins two words or phrases, and there is none just before it (at character 1)"
expect_contains "NEAR last" "$(err 'judge NEAR')" "'NEAR' needs a word or phrase after it (at character 7)"
expect_contains "NEAR/0" "$(err 'judge NEAR/0 motion')" "'NEAR/0' is not a connector"
expect_contains "NEAR/x" "$(err 'judge NEAR/x motion')" "(at character 7)"
expect_contains "/x" "$(err 'judge /x motion')" "'/x' is not a connector"
expect_contains "NEAR with parentheses" "$(err 'judge NEAR (a OR b)')" "'NEAR' needs a word or phrase after it (at character 7)"
expect_contains "= alone" "$(err 'judge = motion')" "'=' needs a word right after it (=word: this written form only) (at character 7)"
expect_contains "two letters and a star" "$(err 'ju*')" "'*' needs at least 3 letters before it (at character 1)"
expect_contains "a star inside a word" "$(err 'ju*dge')" "'*' stands only at the end of a word"
expect_contains "=word*" "$(err '=judge*')" "do not go together"
expect_contains "title:=word" "$(err 'title:=sample')" "'title:' takes no =word"
expect_status "malformed: exit 1" 1 "$ZAALT" search --db "$db" 'judge NEAR'

# Over HTTP: the same answers and a 400 with the position.
need_http
start_server --db "$db" || { fail "server starts"; exit 1; }
http_get "$U/api/search?q=prosecutor+%2Fs+judge"
check "HTTP: /s over the API" eval 'status_is 200 && body_json "[h[\"path\"] for h in j[\"hits\"]] == [\"b/two.txt\"]"'
http_get "$U/api/search?q=zzq*"
check "HTTP: the notice in the JSON" body_json '"zzq*" in j["notices"][0]'
http_get "$U/api/search?q=judge+NEAR"
check "HTTP: a malformed connector is a 400 with its position" \
    eval 'status_is 400 && body_json "\"at character 7\" in j[\"error\"][\"message\"]"'
http_get "$U/search?q=lighthouse"
check "HTTP: the results page shows further passages" \
    eval '[ "$(grep -o "class=\"snippet passage\"" "$tmpdir/body" | wc -l)" = 2 ]'
http_get "$U/search?q=zzq*"
check "HTTP: the results page shows the notice" body_has "zzq* stands for more words"
http_get "$U/search?q=%3D%D1%85%D2%AF%D2%AF%D1%85%D1%8D%D0%B4"
check "HTTP: =хүүхэд on the results page" eval 'status_is 200 && body_has "Proximity sample two" && body_lacks "Proximity sample one"'
