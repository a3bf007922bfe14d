// zx_expand.cc — relevance feedback: the terms that best tell a set of
// documents apart from the rest (Xapian's ESet), for "similar documents".
//
// Not for: what a similar-documents query asks for (search/similar.c).

#include "shim/zx_internal.hh"

#include <string>

using namespace zx;

namespace
{

// The documents of the set read at most: what a document is about shows in
// its first thousand units, and the ESet reads every term of every one (a
// 20,000-page PDF's "similar documents" took seconds of a viewer's page).
constexpr Xapian::doccount RSET_MAX = 1000;

class PrefixDecider : public Xapian::ExpandDecider
{
    std::string prefix;

  public:
    explicit PrefixDecider(const char *p) : prefix(p ? p : "")
    {
    }
    bool operator()(const std::string &term) const override
    {
        return term.compare(0, prefix.size(), prefix) == 0;
    }
};

} // namespace

extern "C" {

zx_status
zx_db_expand(zx_db *db, const char *term, const char *prefix, unsigned max, zx_expand_fn fn, void *user, char **errmsg)
{
    return with_parts(db, errmsg, [&]() {
        Xapian::RSet rset;
        for (auto it = db->rdb.postlist_begin(term); it != db->rdb.postlist_end(term) && rset.size() < RSET_MAX; ++it)
            rset.add_document(*it);
        if (rset.empty())
            return ZX_OK;
        Xapian::Enquire enquire(db->rdb);
        PrefixDecider decider(prefix);
        Xapian::ESet eset = enquire.get_eset(max, rset, &decider);
        for (auto it = eset.begin(); it != eset.end(); ++it)
            fn((*it).c_str(), it.get_weight(), user);
        return ZX_OK;
    });
}
}
