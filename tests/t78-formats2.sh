#!/usr/bin/env bash
# t78-formats2.sh — what the format handlers read of awkward files: mixed
# encodings, UTF-16 without its mark, Word's tracked deletions in
# numbered statutes, tables of contents, embedded chunks and symbols, and
# HTML's images and comments.
#
# Proves: a UTF-8 text with one line or one byte from Windows-1251 is read
# as UTF-8 (its Mongolian words found) with a warning naming the file and
# the bytes mended, and so is a saved page without a charset; a file
# wholly in Windows-1251 is still read as such, without that warning; a
# long statute with a stray byte is indexed, not refused; UTF-16LE text
# without a byte-order mark is read.  Every file here is a demo (fictional).
. tests/lib.sh
command -v python3 >/dev/null || skip_all "python3 is not installed"

corpus=$tmpdir/corpus
mkdir -p "$corpus/enc"
python3 - "$corpus/enc" <<'PY'
import sys, os
d = sys.argv[1]
P = lambda n: os.path.join(d, n)
line = 'Demo (fictional). Шүүх хуралдаанаар хүн худалдаалах гэмт хэргийн хэргийг хэлэлцэв. Хохирогч хүүхдийн эрхийг хамгаалах.\n'
body = (line * 3).encode()
open(P('mixed_line.txt'), 'wb').write(body + 'Тогтоол дугаар 12, шийдвэр БАГАНУУР\n'.encode('cp1251') + body)
open(P('stray_byte.txt'), 'wb').write(body + b'\xb9 7\n' + body)
# A whole file in Windows-1251 (no Mongolian letters outside it).
open(P('cp1251.txt'), 'wb').write(('Demo (fictional). Приказ о защите детей КИРИЛЛСЛОВО.\n' * 4).encode('cp1251'))
# A long statute (many articles) with one stray byte, 0x98 among them:
# undefined in Windows-1251.
arts = ''.join(f'{i} дүгээр зүйл. Зохиомол зүйл {i}\n{i}.1. Хүүхдийг хамгаалах журам {i} баталсан.\n' for i in range(1, 60))
law = ('ХҮҮХДИЙН ЭРХИЙГ ХАМГААЛАХ ТУХАЙ ДЕМО ХУУЛЬ (зохиомол)\n\n' + arts).encode()
cut = law.index('30 дүгээр'.encode())
open(P('long_law.txt'), 'wb').write(law[:cut] + b'\x98 ' + law[cut:])
# An HTML page without a charset, UTF-8 with one paragraph in Windows-1251.
open(P('nocharset.html'), 'wb').write(('<html><body><p>' + line + ' ХУДАЛДААХУУДАС</p>').encode()
                                    + '<p>Тогтоол дугаар 5 ТОГТООЛХУУДАС</p>'.encode('cp1251') + b'</body></html>')
# UTF-16LE without its byte-order mark, as some exports save "Unicode".
open(P('utf16le.txt'), 'wb').write(('Demo (fictional). Хохирогч ЮНИКОДҮГ хамгаалах.\r\n' * 3).encode('utf-16-le'))
PY

"$ZAALT" index --db "$tmpdir/db" "$corpus" >"$tmpdir/index.out" 2>&1
out=$(cat "$tmpdir/index.out")
s() { "$ZAALT" search --db "$tmpdir/db" --json "$@"; }
total() { s --limit 0 "$1" | json 'j["total"]'; }
paths() { s --limit 50 "$1" | json 'sorted({h["path"] for h in j["hits"]})'; }

expect_eq "UTF-8 lines around a Windows-1251 line or byte, and a page without a charset, are read as UTF-8" \
    "$(paths 'хүн худалдаалах')" '["enc/mixed_line.txt", "enc/nocharset.html", "enc/stray_byte.txt"]'
expect_eq "the Windows-1251 line of a UTF-8 text is read as Windows-1251" "$(paths БАГАНУУР)" '["enc/mixed_line.txt"]'
expect_eq "the Windows-1251 paragraph of a page without a charset is read as Windows-1251" "$(total ТОГТООЛХУУДАС)" 1
expect_eq "a UTF-8 word on the same line as Windows-1251 words stays UTF-8" "$(total ХУДАЛДААХУУДАС)" 1
expect_contains "a mixed text is reported with the bytes mended" "$out" "enc/mixed_line.txt: mixed encoding: 28 bytes"  # the pasted line's 28 letters
expect_contains "a stray byte is reported" "$out" "enc/stray_byte.txt: mixed encoding: 1 byte of"
expect_contains "a mixed page is reported" "$out" "enc/nocharset.html: mixed encoding:"
expect_eq "a file wholly in Windows-1251 is still read as such" "$(total КИРИЛЛСЛОВО)" 1
expect_not_contains "a file wholly in Windows-1251 is not called mixed" "$out" "cp1251.txt: mixed"
expect_eq "a long statute with a stray byte is indexed, not refused" "$(s --limit 50 'журам' | json 'len({h["path"] for h in j["hits"] if h["path"] == "enc/long_law.txt"})')" 1
expect_contains "a stray byte undefined in Windows-1251 is reported replaced" "$out" "enc/long_law.txt: mixed encoding: 1 byte of this UTF-8 text read as Windows-1251; 1 byte that no encoding tried reads replaced"
expect_eq "UTF-16LE text without a byte-order mark is read" "$(total ЮНИКОДҮГ)" 1
expect_contains "nothing failed" "$out" "0 failed"
