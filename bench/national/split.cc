/* split.cc — bench only: one shard of a level database, for
 * bench/national/shards.  Copies every unit whose parent document falls in
 * shard K of N (by a hash of value slot 0, the parent id, so a document's
 * units stay together, as `zaalt index --shard` keeps a file's) into a new
 * database, with the level database's metadata (`zaalt:schema`,
 * `zaalt:level`, …; not the per-file manifest keys, which only the indexer
 * reads) and its synonyms.  The copy holds each unit's terms, positions,
 * values and data as the indexer wrote them, so ranking statistics summed
 * over the N shards are those of the whole.
 *
 * Why not `zaalt index --shard K/N`: at a million units that indexes the
 * corpus again (hours here); copying skips extraction and morphology.
 *
 * A split that is stopped goes on where its last commit left it: the shard's
 * last unit, found in the source by its unit id, says where (at a million
 * units a shard takes an hour or more).
 *
 * Usage: split SRC N K OUT   (K in 1..N; OUT is created, continued, or
 * replaced when it holds another shard)
 * Exit status 0, or 1 with a message on stderr. */
#include <xapian.h>

extern "C" {
#include "core/schema.h"
}

#include <cstdio>
#include <cstdlib>
#include <string>

/* FNV-1a of the parent id: any stable spread will do. */
static unsigned
shard_of(const std::string &parent, unsigned n)
{
    unsigned long long h = 1469598103934665603ULL;
    for (unsigned char c : parent) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return (unsigned)(h % n) + 1;
}

/* The unit as the indexer wrote it.  Only stems and script-folded keys
 * (ZS_P_STEM, ZS_P_KEY) carry positions (indexer/unitdoc.c), so only their
 * position lists are read: Xapian's own copy asks the source for every
 * term's, most of which have none, and at a million units those lookups
 * were two thirds of the copy's time. */
static Xapian::Document
copy_unit(const Xapian::Database &src, Xapian::docid did)
{
    Xapian::Document from = src.get_document(did);
    Xapian::Document to;
    to.set_data(from.get_data());
    for (auto v = from.values_begin(); v != from.values_end(); ++v)
        to.add_value(v.get_valueno(), *v);
    for (auto t = src.termlist_begin(did); t != src.termlist_end(did); ++t) {
        const std::string &term = *t;
        to.add_term(term, t.get_wdf());
        if (term.rfind(ZS_P_STEM, 0) != 0 && term.rfind(ZS_P_KEY, 0) != 0)
            continue;
        for (auto p = src.positionlist_begin(did, term); p != src.positionlist_end(did, term); ++p)
            to.add_posting(term, *p, 0);
    }
    return to;
}

/* What `out` was split from: the source database's UUID (a rebuilt index,
 * whose ids say nothing of the old one's, has another) and N. */
static std::string
source_mark(const Xapian::Database &src, unsigned n)
{
    return src.get_uuid() + " " + std::to_string(n);
}

/* The source docid of the last unit `out` holds, if it is shard K of N
 * of this very `src` begun by an earlier split; 0 when `out` is to start
 * afresh. */
static Xapian::docid
resume_after(const Xapian::Database &src, const Xapian::Database &out, unsigned n, unsigned k)
{
    if (out.get_doccount() == 0 || out.get_metadata("split:source") != source_mark(src, n))
        return 0;
    Xapian::docid last = out.get_lastdocid();
    if (shard_of(out.get_document(last).get_value(0), n) != k)
        return 0;
    auto t = out.termlist_begin(last);
    t.skip_to(ZS_P_UNIT);
    if (t == out.termlist_end(last) || (*t).rfind(ZS_P_UNIT, 0) != 0)
        return 0;
    auto p = src.postlist_begin(*t);
    return p == src.postlist_end(*t) ? 0 : *p;
}

int
main(int argc, char **argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: split SRC N K OUT\n");
        return 1;
    }
    unsigned n = (unsigned)std::strtoul(argv[2], nullptr, 10);
    unsigned k = (unsigned)std::strtoul(argv[3], nullptr, 10);
    if (n < 1 || k < 1 || k > n) {
        std::fprintf(stderr, "split: K must be in 1..N\n");
        return 1;
    }
    try {
        Xapian::Database src(argv[1]);
        Xapian::WritableDatabase out(argv[4], Xapian::DB_CREATE_OR_OPEN);
        Xapian::docid after = resume_after(src, out, n, k);
        if (after == 0 && out.get_doccount() != 0) {
            out.close(); /* its lock, before the database is made anew */
            out = Xapian::WritableDatabase(argv[4], Xapian::DB_CREATE_OR_OVERWRITE);
        }
        out.set_metadata("split:source", source_mark(src, n));
        for (auto key = src.metadata_keys_begin(); key != src.metadata_keys_end(); ++key) {
            const std::string &name = *key;
            if (name.rfind("file:", 0) == 0 || name.rfind("fail:", 0) == 0)
                continue;
            out.set_metadata(name, src.get_metadata(name));
        }
        for (auto term = src.synonym_keys_begin(); term != src.synonym_keys_end(); ++term)
            for (auto syn = src.synonyms_begin(*term); syn != src.synonyms_end(*term); ++syn)
                out.add_synonym(*term, *syn);
        unsigned copied = 0, before = out.get_doccount();
        auto v = src.valuestream_begin(0);
        if (after != 0)
            v.skip_to(after + 1);
        for (; v != src.valuestream_end(0); ++v) {
            if (shard_of(*v, n) != k)
                continue;
            out.add_document(copy_unit(src, v.get_docid()));
            if (++copied % 5000 == 0)
                out.commit();
        }
        out.commit();
        std::printf("split: shard %u of %u: %u units of %u", k, n, out.get_doccount(), src.get_doccount());
        if (after != 0)
            std::printf(" (%u of them copied before it was stopped)", before);
        std::printf("\n");
    } catch (const Xapian::Error &e) {
        std::fprintf(stderr, "split: %s\n", e.get_description().c_str());
        return 1;
    }
    return 0;
}
