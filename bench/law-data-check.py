#!/usr/bin/env python3
"""bench/law-data-check.py — checks the law data of corpus-config against the
statutes they cite, so a reviewer can trust their source columns.

  bench/law-data-check.py [CORPUS]      (CORPUS default ../shared/corpus)

- headings-en/*.tsv: every Mongolian heading is, character for character, a
  chapter/part title line or an article heading of its law, and every article
  and chapter of the law has a row (the counts of the `articles` and
  `chapters` rows hold);
- glossary-law.tsv: the Mongolian side occurs in the cited article (or chapter
  title), its words adjacent and in order;
- mn-synonyms.tsv: the law phrase occurs in the cited article of the Code;
- statutes.tsv, statutes-other.tsv: each law's title and date line are one
  statute's, and every statute of mn/law_other has an English name.
Words are compared by a prefix of their folded form (a rough stem: the
verb's -х and its vowel, else the last 2-3 letters, dropped), which is
stricter than the engine's stems about order and adjacency and looser about
endings.  Not for: measuring search (bench/law-queries.sh does that).
Prints the failures and a count; exits 1 when there is any.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONF = os.path.join(HERE, "..", "corpus-config")
CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "corpus")
LAW = os.path.join(CORPUS, "mn", "law")
FILES = {
    "ЭХ": "eruugiin_khuuli_2015.txt",
    "ЭХХШ": "eruugiin_khereg_khyanan_shiidverlekh_tukhai.txt",
    "ХХТ": "khun_khudaldaalakhtai_temtsekh_tukhai.txt",
    "ГХХ": "gerch_khokhirogchiig_khamgaalakh_tukhai.txt",
    "ХНО": "ХОХИРОГЧИД НӨХӨХ ОЛГОВОР ОЛГОХ ТУХАЙ.txt",
    "ХЭТ": "khuukhdiin_erkhiin_tukhai.txt",
    "ХХЛ": "../law_other/khuukhed_khamgaallyn_tukhai.txt",
    "ГЭР": "../law_other/ger_buliin_tukhai.txt",
    "ГБХ": "ger_buliin_khuchirkhiilteltei_temtsekh_tukhai.txt",
    "ГХУС": "gemt_khergees_urdchilan_sergiilekh_tukhai.txt",
    "АХГ": "ajillakh_khuch_gadaadad_gargakh_tukhai.txt",
    "ГИЭЗ": "gadaadyn_irgenii_erkh_ziin_baidlyn_tukhai.txt",
    "ИГЗ": "irgen_gadaadad_zorchikh_tsagaachlakh_tukhai.txt",
    "ХӨД": "khodolmoriin_tukhai.txt",
    "ЗӨР": "zorchliin_tukhai.txt",
    "ЖЭТ": "jenderiin_erkh_tegsh_baidlyg_khangakh_tukhai.txt",
    "ПРО": "prokuroryn_tukhai.txt",
    "ШҮҮ": "shuukhiin_tukhai.txt",
    "ҮХ": "undsen_khuuli.txt",
    "ХНН": "../law_other/khuvi_khunii_nuutsyn_tukhai.txt",
    "ТХЗТ": "../law_other/tolboriin_chadvargui_yallagdagchid_uzuulekh_khuuli_zuin_tuslaltsaany_tukhai.txt",
    "ТББ": "../law_other/toriin_bus_baiguullagyn_tukhai.txt",
    "САС": "../law_other/sadar_samuun_yavdaltai_temtsekh_tukhai.txt",
    "МУТ": "../law_other/mongo_ugaakh_bolon_terrorizmyg_sankhuujuulekhtei_temtsekh_tukhai.txt",
}
HEADINGS = {
    "criminal-code-2015.tsv": "eruugiin_khuuli_2015.txt",
    "trafficking-2012.tsv": "khun_khudaldaalakhtai_temtsekh_tukhai.txt",
    "criminal-procedure-2017.tsv": "eruugiin_khereg_khyanan_shiidverlekh_tukhai.txt",
    "domestic-violence-2016.tsv": "ger_buliin_khuchirkhiilteltei_temtsekh_tukhai.txt",
}
HEAD = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)*)\s*(?:дүгээр|дугаар)\s+зүйл\s*\.\s*(.*?)\s*$")
WORD = re.compile(r"[\w-]+")
failures = []


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


_laws = {}


def law(code):
    """(full text, {article: text}) of a law, read once."""
    if code not in _laws:
        text = read(os.path.join(LAW, FILES[code]))
        arts, cur = {}, None
        for line in text.split("\n"):
            m = HEAD.match(line)
            if m:
                cur = m.group(1)
                arts[cur] = [m.group(2)]
            elif cur:
                arts[cur].append(line)
        _laws[code] = (text, {k: "\n".join(v) for k, v in arts.items()})
    return _laws[code]


def stem(w):
    w = w.lower()
    if len(w) >= 4 and w[-1] == "х" and w[-2] in "аэоөуү":
        b = w[:-2]
        return b[:-2] if len(b) >= 7 else b
    n = len(w)
    return w[: n - 3] if n >= 7 else w[: n - 2] if n >= 5 else w[:3] if n == 4 else w


def occurs(phrase, text):
    want = [stem(w) for w in WORD.findall(phrase)]
    words = WORD.findall(text.lower())
    for i in range(len(words) - len(want) + 1):
        if all(words[i + j].startswith(s) for j, s in enumerate(want)):
            return True
    return False


def source_ok(mn, source):
    """One of the articles `source` names ("ЭХ 13.1", "ЭХ 13.1.1, 13.13")
    holds the words; an unknown law or a malformed source fails."""
    code, _, keys = source.partition(" ")
    if code not in FILES or not keys.strip():
        return False
    return any(one_source_ok(mn, code, k.strip()) for k in keys.split(","))


def one_source_ok(mn, code, key):
    text, arts = law(code)
    if key.startswith("chapter:") or key.startswith("part:"):
        return occurs(mn, text)
    # A part (13.1.1) is looked for in its article (13.1).
    while key not in arts and key.count(".") > 1:
        key = key.rsplit(".", 1)[0]
    return key in arts and occurs(mn, arts[key])


def rows(path, ncols):
    for n, line in enumerate(read(path).split("\n"), 1):
        if line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) != ncols:
                failures.append(f"{os.path.basename(path)}:{n}: {len(cols)} columns, not {ncols}")
                continue
            yield n, cols


def check_headings():
    for name, src in HEADINGS.items():
        path = os.path.join(CONF, "headings-en", name)
        lines = [l.strip() for l in read(os.path.join(LAW, src)).split("\n")]
        heads = {}
        for l in lines:
            m = HEAD.match(l)
            if m:
                heads[m.group(1)] = m.group(2)
        titles = set(lines)
        counts, seen = {}, {"articles": 0, "chapters": 0}
        for n, (key, mn, en, _also) in rows(path, 4):
            if key in ("articles", "chapters"):
                counts[key] = int(mn)
                continue
            if key[0].isdigit():
                seen["articles"] += 1
                ok = heads.get(key) == mn
            else:
                seen["chapters"] += key.startswith("chapter:")
                ok = mn in titles
            if not ok:
                failures.append(f"{name}:{n}: {key} {mn!r} is not in {src}")
            if not en and key not in ("date",):
                failures.append(f"{name}:{n}: {key} has no English")
        for key, want in counts.items():
            have = len(heads) if key == "articles" else sum(1 for l in lines if l.endswith("БҮЛЭГ") and l.isupper())
            if have != want or (key == "chapters" and seen[key] != want):
                failures.append(f"{name}: {key} row says {want}; the law has {have}, the file {seen[key]}")
            if key == "articles" and seen[key] not in (0, want):
                failures.append(f"{name}: {seen[key]} article rows, the law has {want}")


def check_glossary():
    for n, (en, mn, source) in rows(os.path.join(CONF, "glossary-law.tsv"), 3):
        if not source_ok(mn, source):
            failures.append(f"glossary-law.tsv:{n}: {mn!r} not found in {source}")


def check_synonyms():
    for n, cols in rows(os.path.join(CONF, "mn-synonyms.tsv"), 7):
        if not source_ok(cols[1], "ЭХ " + cols[3]):
            failures.append(f"mn-synonyms.tsv:{n}: {cols[1]!r} not found in ЭХ {cols[3]}")


LOOKALIKE = str.maketrans("YAEOPCXHKMTBaeopcxy", "ҮАЕОРСХНКМТВаеорсху")


def fold(line):
    return " ".join(line.translate(LOOKALIKE).split())


def check_statute_names():
    """statutes.tsv and statutes-other.tsv: each law row's title is the title
    line of one statute of mn/law or mn/law_other, the date row under it is
    that file's date line, and every statute of mn/law_other has a name."""
    files = {}
    for folder in (LAW, os.path.join(CORPUS, "mn", "law_other")):
        for name in sorted(os.listdir(folder)):
            if os.path.isfile(os.path.join(folder, name)):
                # The header's lines, spaces folded (a title line may hold two
                # between words) and Latin look-alikes read as the Cyrillic
                # letters they stand for; a long title wraps onto a second.
                lines = [fold(l) for l in read(os.path.join(folder, name)).split("\n")[:14]]
                lines = [l for l in lines if l]
                titles = set(lines) | {a + " " + b for a, b in zip(lines, lines[1:])}
                files[os.path.join(os.path.basename(folder), name)] = (titles, set(lines))
    named = set()
    for table in ("statutes.tsv", "statutes-other.tsv"):
        path = os.path.join(CONF, "headings-en", table)
        title, at = None, None
        for n, line in enumerate(read(path).split("\n"), 1):
            cols = line.split("\t")
            if not line or line.startswith("#"):
                continue
            if cols[0] == "law":
                title, at = cols[1], n
                if len(cols) != 4 or not cols[2]:
                    failures.append(f"{table}:{n}: a law row needs a title, an English name and its words")
            elif cols[0] == "date" and title is not None:
                hits = [f for f, (titles, lines) in files.items() if fold(title) in titles and fold(cols[1]) in lines]
                if len(hits) != 1:
                    failures.append(f"{table}:{at}: {title!r} of {cols[1]!r} is the title of {len(hits)} statutes")
                named.update(hits)
                title = None
    for f in files:
        if f.startswith("law_other/") and f not in named and f not in UNNAMED:
            failures.append(f"statutes-other.tsv: {f} has no English name")


# Statutes of mn/law_other left without an English name, and why.
UNNAMED = {
    # The Constitution's annex law: no title line of its own, no date.
    "law_other/bnmau_yn_undsen_khuulias_mongol_ulsyn_undsen_khuuliig_burnee_dagaj_mordokhod_shiljikh_tukh.txt",
}

check_headings()
check_glossary()
check_synonyms()
check_statute_names()
for f in failures:
    print(f)
print(f"law-data-check: {len(failures)} failures")
sys.exit(1 if failures else 0)
