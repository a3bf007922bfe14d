// bench/xapian-skip.cc — does the installed Xapian skip exactly?  For each
// of several query shapes, over SEEDS small random in-memory corpora of
// 2,000 documents (filler words, and by chance "a" one in three, "b" one in
// forty, "x" one in two hundred, each with a wdf of its own), compares the
// first ten of a search that lets Xapian skip what cannot reach them
// (check_at_least 0) with the first ten of a search that examines every
// match.  Prints, per shape, in how many corpora the two differ.
//
// Why it is here: shim/zx_search.cc examines every match because Debian
// 12's Xapian (1.4.22) loses units of the first page for the shape Zaalt's
// word queries have, an OR on the left of AND_MAYBE (the word's forms or
// its glossary alternative, under the heading boosts).  When a newer Xapian
// prints 0 for every shape here, the ranked pass may skip again.
//
//   g++ -O2 -o build/bench/xapian-skip bench/xapian-skip.cc -lxapian
//   build/bench/xapian-skip [SEEDS]          (default 400)
//
// Not for: timing anything.
#include <xapian.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

using Q = Xapian::Query;

Xapian::WritableDatabase
corpus(unsigned seed)
{
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    std::mt19937 rng(seed);
    struct Word {
        const char *term;
        unsigned one_in, max_wdf;
    };
    const Word words[] = {{"a", 3, 5}, {"b", 40, 5}, {"x", 200, 3}};
    for (unsigned i = 0; i < 2000; i++) {
        Xapian::Document doc;
        unsigned length = 20 + rng() % 200;
        for (unsigned k = 0; k < length; k++)
            doc.add_term("f" + std::to_string(rng() % 50));
        for (const Word &w : words)
            if (rng() % w.one_in == 0)
                doc.add_term(w.term, 1 + rng() % w.max_wdf);
        db.add_document(doc);
    }
    db.commit();
    return db;
}

// The ten best as "docid:weight ...".
std::string
first_ten(const Xapian::Database &db, const Q &q, Xapian::doccount check_at_least)
{
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    Xapian::MSet mset = enquire.get_mset(0, 10, check_at_least);
    std::string out;
    char buf[64];
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        std::snprintf(buf, sizeof buf, "%u:%.12g ", *it, it.get_weight());
        out += buf;
    }
    return out;
}

} // namespace

int
main(int argc, char **argv)
{
    unsigned seeds = argc > 1 ? (unsigned)std::atoi(argv[1]) : 400;
    const Q a("a"), b("b"), x("x");
    const struct {
        const char *name;
        Q query;
    } shapes[] = {
        {"(a OR b) AND_MAYBE x", Q(Q::OP_AND_MAYBE, Q(Q::OP_OR, a, b), x)},
        {"(a OR x) AND_MAYBE b", Q(Q::OP_AND_MAYBE, Q(Q::OP_OR, a, x), b)},
        // AND_MAYBE's weights written another way: also inexact.
        {"(a OR b) OR (x FILTER (a OR b))", Q(Q::OP_OR, Q(Q::OP_OR, a, b), Q(Q::OP_FILTER, x, Q(Q::OP_OR, a, b)))},
        {"the same, the copy at wqf 0", Q(Q::OP_OR, Q(Q::OP_OR, a, b), Q(Q::OP_FILTER, x, Q(Q::OP_OR, Q("a", 0), Q("b", 0))))},
        {"(a SYNONYM b) AND_MAYBE x", Q(Q::OP_AND_MAYBE, Q(Q::OP_SYNONYM, a, b), x)},
        {"a AND_MAYBE x", Q(Q::OP_AND_MAYBE, a, x)},
        {"a OR b", Q(Q::OP_OR, a, b)},
        {"(a OR b) OR x", Q(Q::OP_OR, Q(Q::OP_OR, a, b), x)},
    };
    std::vector<unsigned> differ(sizeof shapes / sizeof shapes[0]);
    for (unsigned seed = 1; seed <= seeds; seed++) {
        Xapian::WritableDatabase db = corpus(seed);
        for (size_t s = 0; s < differ.size(); s++)
            if (first_ten(db, shapes[s].query, 0) != first_ten(db, shapes[s].query, db.get_doccount()))
                differ[s]++;
    }
    std::printf("Xapian %s, %u corpora of 2,000 documents: first ten differ when skipping\n", Xapian::version_string(),
                seeds);
    for (size_t s = 0; s < differ.size(); s++)
        std::printf("  %-34s %u\n", shapes[s].name, differ[s]);
    return 0;
}
