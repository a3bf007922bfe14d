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
 * Usage: split SRC N K OUT   (K in 1..N; OUT is created or replaced)
 * Exit status 0, or 1 with a message on stderr. */
#include <xapian.h>

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
        Xapian::WritableDatabase out(argv[4], Xapian::DB_CREATE_OR_OVERWRITE);
        for (auto key = src.metadata_keys_begin(); key != src.metadata_keys_end(); ++key) {
            const std::string &name = *key;
            if (name.rfind("file:", 0) == 0 || name.rfind("fail:", 0) == 0)
                continue;
            out.set_metadata(name, src.get_metadata(name));
        }
        for (auto term = src.synonym_keys_begin(); term != src.synonym_keys_end(); ++term)
            for (auto syn = src.synonyms_begin(*term); syn != src.synonyms_end(*term); ++syn)
                out.add_synonym(*term, *syn);
        unsigned copied = 0;
        for (auto v = src.valuestream_begin(0); v != src.valuestream_end(0); ++v) {
            if (shard_of(*v, n) != k)
                continue;
            out.add_document(src.get_document(v.get_docid()));
            if (++copied % 20000 == 0)
                out.commit();
        }
        out.commit();
        std::printf("split: shard %u of %u: %u units of %u\n", k, n, copied, src.get_doccount());
    } catch (const Xapian::Error &e) {
        std::fprintf(stderr, "split: %s\n", e.get_description().c_str());
        return 1;
    }
    return 0;
}
