#!/usr/bin/env python3
"""make-shared-pieces.py OUTDIR — the two streams of a hostile Word 97
file: 150 pieces, each naming the same 1,200 bytes of the WordDocument
stream ("a" and a paragraph mark, over and over), so that a reader that
believed its piece table would walk 180,000 characters and 90,000
paragraphs out of a file of 6 KB.  Zaalt reads no more characters than the
stream has bytes.  Kept as tests/fuzz/regressions/doc/pieces-share-bytes.doc
(a fuzzer found its like: it took minutes under the sanitizers), made by

    python3 tests/data/doc/make-shared-pieces.py /tmp/s &&
    (cd /tmp/s && gsf createole pieces-share-bytes.doc WordDocument 0Table)

(gsf: Debian's libgsf-bin).  Demo (fictional): no text but "a"."""
import os, struct, sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
FIB, PIECES, SPAN = 1024, 150, 1200
word = bytearray(FIB) + b"a\r" * (SPAN // 2)
cps = [i * SPAN for i in range(PIECES + 1)]
# Every piece 8-bit (compressed) at the same place: fc * 2 with bit 30 set.
pcd = struct.pack("<HIH", 0, (FIB * 2) | 0x40000000, 0)
plc = b"".join(struct.pack("<I", x) for x in cps) + pcd * PIECES
clx = b"\x02" + struct.pack("<I", len(plc)) + plc
table = bytes(16) + clx
# FibBase (wIdent, nFib of Word 97, fComplex), fibRgW, fibRgLw (cbMac,
# ccpText), fibRgFcLcb with only the piece table's pair (fcClx, lcbClx).
fib = bytearray(struct.pack("<HHHHH", 0xA5EC, 0x00C1, 0, 0x0409, 0x0004)) + bytes(22)
fib += struct.pack("<H", 14) + bytes(28)
lw = [0] * 22
lw[0], lw[3] = len(word), cps[-1]
fib += struct.pack("<H", 22) + b"".join(struct.pack("<I", x) for x in lw)
pairs = [0] * (93 * 2)
pairs[33 * 2], pairs[33 * 2 + 1] = 16, len(clx)
fib += struct.pack("<H", 93) + b"".join(struct.pack("<I", x) for x in pairs) + struct.pack("<H", 0)
word[:len(fib)] = fib
open(os.path.join(out, "WordDocument"), "wb").write(word)
open(os.path.join(out, "0Table"), "wb").write(table)
