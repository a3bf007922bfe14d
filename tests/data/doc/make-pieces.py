#!/usr/bin/env python3
"""make-pieces.py OUTDIR — the two streams of pieces.doc, a Word 97 file
written by hand as no word processor here writes one: its text in three
pieces, two of them 8-bit (Windows-1252) and one UTF-16, the last piece
stored first in the stream (as Word's fast saves leave them), a field, a
table row, and no paragraph or character properties at all.  Demo
(fictional).  pieces.doc was made by

    python3 tests/data/doc/make-pieces.py /tmp/p &&
    (cd /tmp/p && gsf createole pieces.doc WordDocument 0Table)

(gsf: Debian's libgsf-bin)."""
import os, struct, sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
a = ("Demo (fictional). Caf\xe9 \u201cquoted\u201d PIECEONE, page \x13 PAGE \x145\x15.\r"
     "cellone\x07celltwo\x07\x07").encode("cp1252")
b = "Монгол ТЕКСТХОЁР үг.\r".encode("utf-16-le")
c = "PIECETHREE final words.\r".encode("cp1252")
# The stream: the FIB, then piece C, then A, then B.
FIB = 1024
fc_c = FIB
fc_a = fc_c + len(c)
fc_b = fc_a + len(a)
if fc_b % 2:
    fc_b += 1
word = bytearray(fc_b + len(b))
word[fc_c:fc_c + len(c)] = c
word[fc_a:fc_a + len(a)] = a
word[fc_b:fc_b + len(b)] = b
cps = [0, len(a), len(a) + len(b) // 2, len(a) + len(b) // 2 + len(c)]
pcd = lambda fc, compressed: struct.pack("<HIH", 0, (fc * 2) | 0x40000000 if compressed else fc, 0)
plc = b"".join(struct.pack("<I", x) for x in cps) + pcd(fc_a, True) + pcd(fc_b, False) + pcd(fc_c, True)
clx = b"\x02" + struct.pack("<I", len(plc)) + plc
table = bytes(16) + clx
# FibBase: wIdent, nFib (Word 97), flags fComplex, the rest 0.
fib = bytearray(struct.pack("<HHHHH", 0xA5EC, 0x00C1, 0, 0x0409, 0x0004)) + bytes(22)
fib += struct.pack("<H", 14) + bytes(28)                    # csw, fibRgW
lw = [0] * 22
lw[0] = len(word)                                           # cbMac
lw[3] = cps[-1]                                             # ccpText
fib += struct.pack("<H", 22) + b"".join(struct.pack("<I", x) for x in lw)
pairs = [0] * (93 * 2)
pairs[33 * 2], pairs[33 * 2 + 1] = 16, len(clx)             # fcClx, lcbClx
fib += struct.pack("<H", 93) + b"".join(struct.pack("<I", x) for x in pairs) + struct.pack("<H", 0)
word[:len(fib)] = fib
open(os.path.join(out, "WordDocument"), "wb").write(word)
open(os.path.join(out, "0Table"), "wb").write(table)
