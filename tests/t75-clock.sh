#!/usr/bin/env bash
# t75-clock.sh — a repeal dated ahead, and the day it comes.  The indexer
# reads a statute as it stands the day it runs: a part or a law repealed
# from a day still to come stays in force.  Once that day has passed
# (libfaketime moves the clock), a search says the index is behind, shows the
# law repealed, status:repealed finds it, the default search counts it
# among the repealed; and the next `zaalt index`, nothing having changed on
# disk, reads the file again and writes it repealed.  Also: an index kept
# inside the folder it indexes is not read as documents.  And the answer
# cache of a server whose local day is not the law's turns with the law's.
. tests/lib.sh

have_faketime || skip_all "libfaketime is not installed (make deps)"
command -v python3 >/dev/null || skip_all "python3 is not installed"
# faketime is preloaded before the sanitizers' runtime in a SANITIZE=1 build.
sanitized && export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

ahead=$(date -u -d '+20 days' +%Y-%m-%d)
later=$(date -u -d '+40 days' '+%Y-%m-%d 12:00:00')
read -r y m d <<<"$(date -u -d '+20 days' '+%Y %-m %-d')"
corpus=$tmpdir/corpus
mkdir -p "$corpus"
# Demonstration material: a fictional law, written for this test.
cat >"$corpus/future_repeal.txt" <<TXT
МОНГОЛ УЛСЫН ХУУЛЬ

2012 оны 4 дүгээр сарын 5-ны өдөр                                Улаанбаатар хот

ТУРШИЛТЫН ЗӨВШӨӨРЛИЙН ТУХАЙ

/Энэ хуулийг 2026 оны 3 дугаар сарын 2-ны өдрийн хуулиар $y оны $m дугаар сарын $d-ний өдрөөс эхлэн хүчингүй болсонд тооцсон/

1 дүгээр зүйл.Хуулийн зорилго

1.1.Энэ хуулийн зорилго нь туршилтын зэгсэнцэр зөвшөөрөл олгох харилцааг зохицуулахад оршино.

2 дугаар зүйл.Зөвшөөрөл олгох

2.1.Зэгсэнцэр зөвшөөрлийг аймгийн засаг дарга олгоно.

2.2.Зөвшөөрлийн хугацаа нэг жил байна.

3 дугаар зүйл.Хураамж

3.1.Зөвшөөрөл авсан этгээд хураамж төлнө.

3.2.Хураамжийн хэмжээг Засгийн газар тогтооно.
TXT
db=$corpus/index   # kept inside the corpus on purpose
"$ZAALT" index --db "$db" "$corpus" >"$tmpdir/i1.log" 2>&1 || fail "index" "$(tail -3 "$tmpdir/i1.log")"
"$ZAALT" index --db "$db" "$corpus" >"$tmpdir/i2.log" 2>&1
expect_contains "the index inside its corpus is named and passed over" "$(cat "$tmpdir/i2.log")" "a search index"
expect_not_contains "its files are not read as documents" "$(cat "$tmpdir/i2.log")" "flintlock"

s() { "$ZAALT" search --db "$db" --json "$@"; }
later_s() { at_time "$later" "$ZAALT" search --db "$db" --json "$@"; }
hits() { json '[(h["provision"], h["status"], h["repealed_on"]) for h in j["hits"]]'; }

# Today: in force until the day.
expect_eq "before its day, the law is in force" "$(s 'зэгсэнцэр' | json 'sorted(set(h["status"] for h in j["hits"]))')" '["in_force"]'

# Its last day in force still says the repeal to come (it said nothing
# on that one day: the last day was taken for one past).
last=$(date -u -d '+19 days' +%Y-%m-%d)
expect_eq "on its last day in force, the repeal is still to come" \
    "$(s "зэгсэнцэр inforce:$last" | json 'sorted(set((h["status"], h["repeal_scheduled_on"]) for h in j["hits"]))')" \
    "[[\"in_force\", \"$ahead\"]]"
expect_contains "...and zaalt search says so" "$("$ZAALT" search --db "$db" "зэгсэнцэр inforce:$last")" "WILL BE REPEALED on $ahead"

# The day before it, by the clock of the law (UTC, as every reading of a
# day), on a server whose own clock is already past midnight (UTC+14): the
# default search still shows the law in force (the in-force filter read the
# local day, and left it out while the law's readers said it was in force).
if [ -f /usr/share/zoneinfo/Pacific/Kiritimati ]; then
    expect_eq "a day ahead in local time is not the law's day" \
        "$(TZ=Pacific/Kiritimati at_time "$ahead 10:00:00" "$ZAALT" search --db "$db" --json 'зэгсэнцэр' |
            json 'sorted(set(h["status"] for h in j["hits"]))')" '["in_force"]'
else
    skip "a day ahead in local time" "no tzdata here (Pacific/Kiritimati)"
fi

# The answer cache on such a server: an answer made the day before the
# law's day must not be served after it turns (UTC), though the server's
# local day does not change then.  The server's clock starts 13 seconds
# before the law's midnight and runs; one answer is cached before it, the
# same request is asked again after.
# libfaketime is preloaded by a script that execs the server: the server
# must be the process start_server stops.
if [ -f /usr/share/zoneinfo/Pacific/Kiritimati ] && [ -n "$fakelib" ] && command -v curl >/dev/null; then
    cat >"$tmpdir/serve-ahead" <<SH
#!/bin/sh
TZ=Pacific/Kiritimati FAKETIME="@$ahead 13:59:47" LD_PRELOAD="$fakelib\${LD_PRELOAD:+:\$LD_PRELOAD}" exec "$ZAALT" "\$@"
SH
    chmod +x "$tmpdir/serve-ahead"
    t0=$SECONDS
    if start_server -x "$tmpdir/serve-ahead" --db "$db" --cache-mb 8; then
        q="$U/api/search?q=%D0%B7%D1%8D%D0%B3%D1%81%D1%8D%D0%BD%D1%86%D1%8D%D1%80"
        before=$(curl -s "$q" | json 'len(j["hits"])')
        if [ $((SECONDS - t0)) -ge 10 ]; then
            skip "the cache's day turns with the law's" "the server took $((SECONDS - t0)) s to answer"
        else
            sleep $((t0 + 17 - SECONDS))
            after=$(curl -s "$q" | json 'len(j["hits"])')
            expect_eq "the cache's day turns with the law's: in force before midnight UTC, left out after" \
                "$before $after" "1 0"
            expect_contains "the second answer was made again, not served from the cache" \
                "$(grep -c 'api/search.*cache=miss' "$server_log")" 2
        fi
        # Under libfaketime a SIGTERM was once lost (the server served on, the
        # test waited): ten seconds, then SIGKILL; its stop is not what is
        # tested here.
        kill -TERM "$server_pid" 2>/dev/null
        for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null
        stop_server
    else
        fail "the cache's day turns with the law's" "the server did not start: $(tail -3 "$server_log")"
    fi
else
    skip "the cache's day turns with the law's" "no tzdata (Pacific/Kiritimati) or no libfaketime here"
fi

# After the day, the same index.
r=$(later_s 'status:any зэгсэнцэр')
expect_contains "after its day, status:any shows it repealed on its day" "$(echo "$r" | hits)" "\"repealed\", \"$ahead\""
expect_contains "and says the index is behind" "$(echo "$r" | json 'j["notices"]')" "zaalt index"
expect_contains "status:repealed finds it" "$(later_s 'status:repealed зэгсэнцэр' | hits)" '"repealed"'
r=$(later_s 'зэгсэнцэр')
expect_eq "the default search leaves it out" "$(echo "$r" | json 'len(j["hits"])')" 0
expect_eq "and counts it among the repealed that match" "$(echo "$r" | json 'j["repealed_matching"] > 0')" True

# The next run reads the file again, though it has not changed.
at_time "$later" "$ZAALT" index --db "$db" "$corpus" >"$tmpdir/i3.log" 2>&1
expect_contains "the next run reads the unchanged file again" "$(cat "$tmpdir/i3.log")" "Indexed 1 file"
r=$(later_s 'status:any зэгсэнцэр')
expect_contains "which is now written repealed" "$(echo "$r" | hits)" "\"repealed\", \"$ahead\""
expect_eq "and nothing is behind any more" "$(echo "$r" | json 'len(j["notices"] or [])')" 0
at_time "$later" "$ZAALT" index --db "$db" "$corpus" >"$tmpdir/i4.log" 2>&1
expect_contains "after that, the file is unchanged again" "$(cat "$tmpdir/i4.log")" "1 unchanged"

# ---- A part repealed from a day to come, the article living on: after the
# day, a hit that matched only through that part says so (M3), while one
# matching the rest of the article is the article in force.
corpus2=$tmpdir/corpus2
mkdir -p "$corpus2"
# Demonstration material: a fictional law, written for this test.
cat >"$corpus2/part_repeal.txt" <<TXT
МОНГОЛ УЛСЫН ХУУЛЬ

2012 оны 4 дүгээр сарын 5-ны өдөр
Улаанбаатар хот

ТУРШИЛТЫН АГНУУРЫН ТУХАЙ

1 дүгээр зүйл.Агнуур

1.1.Агнуурыг намар хулсарвуур зөвшөөрнө.

/Энэ хэсгийг 2026 оны 3 дугаар сарын 2-ны өдрийн хуулиар хүчингүй болсонд тооцсон бөгөөд $y оны $m дугаар сарын $d-ний өдрөөс эхлэн дагаж мөрдөнө/

1.2.Агнуурын бүртгэлийг сум шилмэгүүр хөтөлнө.
TXT
db2=$tmpdir/db2
"$ZAALT" index --db "$db2" "$corpus2" >"$tmpdir/j1.log" 2>&1 || fail "index the part's law" "$(tail -3 "$tmpdir/j1.log")"
later2() { at_time "$later" "$ZAALT" search --db "$db2" --json "$@"; }
expect_eq "before its day, the part matches as law in force" \
    "$("$ZAALT" search --db "$db2" --json хулсарвуур | json '[(h["status"], h["match_in_repealed_part"]) for h in j["hits"]]')" \
    '[["in_force", false]]'
expect_eq "after it, a match only in that part is said to be in the part repealed since" \
    "$(later2 хулсарвуур | json '[(h["status"], h["match_in_repealed_part"], h["repealed_parts"], h["repealed_parts_on"]) for h in j["hits"]]')" \
    "[[\"in_force\", true, [\"1.1\"], \"$ahead\"]]"
expect_contains "...and zaalt search says the part is repealed, the article in force" \
    "$(at_time "$later" "$ZAALT" search --db "$db2" хулсарвуур)" "PART 1.1 REPEALED on $ahead (the article is in force)"
expect_eq "a match in the rest of the article is the article in force" \
    "$(later2 шилмэгүүр | json '[(h["status"], h["match_in_repealed_part"]) for h in j["hits"]]')" '[["in_force", false]]'
