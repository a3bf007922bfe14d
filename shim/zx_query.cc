// zx_query.cc — queries as immutable trees of Xapian queries: terms,
// combinations, phrases, weights scaled, value ranges.
//
// Not for: query syntax or which terms a word becomes (search/query.c,
// core/analysis.c), or running a query (zx_search.cc).

#include "shim/zx_internal.hh"

#include <vector>

namespace
{

Xapian::Query::op
to_op(zx_op op)
{
    switch (op) {
        case ZX_OP_AND:
            return Xapian::Query::OP_AND;
        case ZX_OP_OR:
            return Xapian::Query::OP_OR;
        case ZX_OP_AND_NOT:
            return Xapian::Query::OP_AND_NOT;
        case ZX_OP_FILTER:
            return Xapian::Query::OP_FILTER;
        case ZX_OP_AND_MAYBE:
            return Xapian::Query::OP_AND_MAYBE;
        case ZX_OP_SYNONYM:
            return Xapian::Query::OP_SYNONYM;
    }
    return Xapian::Query::OP_AND;
}

} // namespace

extern "C" {

zx_query *
zx_query_term(const char *term, unsigned wqf, unsigned pos)
{
    return new zx_query{Xapian::Query(term, wqf, pos)};
}

// Xapian::Query::MatchAll is one static object whose reference count is
// not atomic: copied by queries built on several server threads at once,
// its count was lost and its body freed under a search (a worker's
// segfault in Query::Internal::get_length).  Each query gets a body of
// its own: the empty term, which is what MatchAll is.
zx_query *
zx_query_all(void)
{
    return new zx_query{Xapian::Query(std::string())};
}
zx_query *
zx_query_none(void)
{
    return new zx_query{Xapian::Query()};
}

zx_query *
zx_query_combine(zx_op op, zx_query **subs, size_t n)
{
    std::vector<Xapian::Query> qs;
    qs.reserve(n);
    for (size_t i = 0; i < n; i++) {
        qs.push_back(subs[i]->q);
        delete subs[i];
    }
    if (qs.empty())
        return zx_query_none();
    if (qs.size() == 1)
        return new zx_query{qs[0]};
    return new zx_query{Xapian::Query(to_op(op), qs.begin(), qs.end())};
}

zx_query *
zx_query_phrase(zx_query **subs, size_t n, unsigned window)
{
    std::vector<Xapian::Query> qs;
    for (size_t i = 0; i < n; i++) {
        qs.push_back(subs[i]->q);
        delete subs[i];
    }
    if (qs.size() == 1)
        return new zx_query{qs[0]};
    return new zx_query{
        Xapian::Query(Xapian::Query::OP_PHRASE, qs.begin(), qs.end(), window ? window : (unsigned)qs.size())};
}

zx_query *
zx_query_near(zx_query **subs, size_t n, unsigned window)
{
    std::vector<Xapian::Query> qs;
    for (size_t i = 0; i < n; i++) {
        qs.push_back(subs[i]->q);
        delete subs[i];
    }
    if (qs.size() == 1)
        return new zx_query{qs[0]};
    try {
        return new zx_query{Xapian::Query(Xapian::Query::OP_NEAR, qs.begin(), qs.end(), window)};
    } catch (const Xapian::Error &) {
        return zx_query_none();
    }
}

zx_query *
zx_query_scale(zx_query *q, double factor)
{
    Xapian::Query scaled(Xapian::Query::OP_SCALE_WEIGHT, q->q, factor);
    q->q = scaled;
    return q;
}

zx_query *
zx_query_value_range(unsigned slot, const char *lo, const char *hi)
{
    if (lo && hi)
        return new zx_query{Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, lo, hi)};
    if (lo)
        return new zx_query{Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, lo)};
    if (hi)
        return new zx_query{Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, hi)};
    return zx_query_all();
}

zx_query *
zx_query_copy(const zx_query *q)
{
    return new zx_query{q->q};
}
void
zx_query_free(zx_query *q)
{
    delete q;
}
bool
zx_query_is_empty(const zx_query *q)
{
    return q->q.empty();
}

char *
zx_query_describe(const zx_query *q)
{
    return g_strdup(q->q.get_description().c_str());
}

} // extern "C"
