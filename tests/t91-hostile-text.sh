#!/usr/bin/env bash
# t91-hostile-text.sh — texts that open fine but are shaped to make the
# reader of a statute's notes slow (probe F29): runs of «[ on a line,
# tens of thousands of notes on one part, lines of a hundred thousand
# slashes and brackets.  Each is indexed within the default limits (60 s of
# CPU a file) and its words found; before the reader looked only a line's
# few hundred bytes ahead, the first took cubic time and the second
# quadratic, and both failed as "timed out".  Generated here, not kept.
. tests/lib.sh

command -v python3 >/dev/null || skip_all "python3 is not installed"
src=$tmpdir/src
mkdir -p "$src"
python3 - "$src" <<'PY'
import sys
d = sys.argv[1]
head = ("МОНГОЛ УЛСЫН ХУУЛЬ\n\n2015 оны 12 дугаар сарын 03-ны өдөр\nУлаанбаатар хот\n\n"
        "ТУРШИЛТЫН ТУХАЙ\n\n1 дүгээр зүйл.Хуулийн зорилт\n\n")
with open(f"{d}/guillemets.txt", "w") as f:
    f.write(head + "1.1.Энэ хуулийн зорилт нь шилүүсийн тоог бүртгэх.\n" + "«[{" * 3000 + "\n")
with open(f"{d}/notes.txt", "w") as f:
    f.write(head + "1.1.Энэ хуулийн зорилт нь мануулын тоог бүртгэх.\n")
    for i in range(40000):
        f.write(f"/Энэ хэсгийг {2000 + i % 25} оны {1 + i % 12} дугаар сарын {1 + i % 28}-ний өдрийн "
                "хуулиар нэмэлт оруулсан/\n")
with open(f"{d}/slashes.txt", "w") as f:
    f.write(head + "1.1.Энэ хуулийн зорилт нь хярсын тоог бүртгэх.\n" + "/" * 100000 + "\n" + "(" * 100000 +
            "\n" + '"' * 100000 + "\n")
PY

out=$("$ZAALT" index --db "$tmpdir/db" "$src" 2>&1)
expect_eq "the indexer completes" "$?" 0
expect_contains "every file indexed, none timed out" "$out" "Indexed 3 files"
expect_not_contains "...no file failed" "$out" "failed  "
for w in шилүүсийн мануулын хярсын; do
    expect_eq "the text of each is found ($w)" \
        "$("$ZAALT" search --db "$tmpdir/db" --json "$w" | json 'j["total"]')" 1
done
