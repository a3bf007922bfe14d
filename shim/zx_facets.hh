// zx_facets.hh — the shim's facet counting, as zx_search.cc uses it:
// FacetSpy (reads each matching unit's values, or the packed values a remote
// search counted), FacetTable (every unit's values of one local database as
// arrays, built once per revision) with TableSpy (counts from it), and
// zx_tables, the object that lets handles share tables.  Seen by shim/ only.
//
// Not for: running the search or its counting thread (zx_search.cc).
#ifndef ZAALT_ZX_FACETS_HH
#define ZAALT_ZX_FACETS_HH

#include "shim/zx_internal.hh"

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace zx
{

// Calls fn with each value a facet slot holds: the whole value, or for a
// multi-valued facet each of its '\n'-separated values.
template <typename F>
void
each_value(const std::string &v, bool multi, F fn)
{
    for (size_t from = 0; from < v.size();) {
        size_t to = multi ? v.find('\n', from) : std::string::npos;
        if (to == std::string::npos)
            to = v.size();
        if (to > from)
            fn(v.substr(from, to - from));
        from = to + 1;
    }
}

// Per facet spec, (value, documents) in value order: what a result holds.
typedef std::vector<std::vector<std::pair<std::string, unsigned>>> facet_counts;

// Counts, per facet, the distinct documents (collapse values) carrying each
// value; and the distinct documents overall.  A unit that matches is seen
// once, but a document has many units, so counting units would make
// "Court of Appeal (12)" mean twelve pages, not twelve decisions.
class FacetSpy : public Xapian::MatchSpy
{
  public:
    FacetSpy(int collapse_slot, std::vector<zx_facet_spec> specs);
    void operator()(const Xapian::Document &doc, double) override;
    // Counts one distinct value of the packed facet slot (see
    // zx_doc_pack_values), which `units` matching units hold.
    void add_packed(const std::string &packed, unsigned units);
    unsigned total() const
    {
        return (unsigned)units_.size();
    }
    // Matching units of a parent.
    unsigned units(const std::string &parent) const
    {
        auto it = units_.find(parent);
        return it == units_.end() ? 0 : it->second;
    }
    facet_counts facets() const;

  private:
    inline void count(size_t k, uint64_t parent_hash, const std::string &v, bool once_per_document);

    int collapse_slot_;
    std::vector<zx_facet_spec> specs_;
    std::vector<std::map<std::string, unsigned>> counts_;
    std::vector<std::unordered_set<uint64_t>> seen_;
    std::unordered_map<std::string, unsigned> units_; // matching units by parent: the documents seen
};

// The facet values of every unit of a local database, as columns indexed
// by its docids: the parent's ordinal, and per facet spec the value's ordinal
// (or, for a multi-valued spec, a run of ordinals).  A search that counts
// facets then reads arrays instead of asking Xapian for each matching
// unit's values, which was a fifth of a query's cost and grows with the
// number of matches.  Built once per database revision from the value
// streams, and shared through a zx_tables by every handle open on the same
// parts.  Immutable once built: read by any thread.
struct FacetTable {
    std::string key;  // specs, part and revision it was built for
    std::string part; // the part it reads, and its revision
    Xapian::rev revision = 0;
    std::vector<uint32_t> parent; // docid -> parent ordinal; 0: no parent value
    uint32_t n_parents = 0;       // ordinals are 1..n_parents
    // Each parent's collapse value, ordinal after ordinal: parent p's is
    // parent_values[value_end[p - 1], value_end[p]).
    std::string parent_values;
    std::vector<uint32_t> value_end; // n_parents + 1 ends; value_end[0] = 0
    // The collapse value of unit `d`, empty when it has none (as
    // Document::get_value would answer, without reading the value).
    std::string parent_value(Xapian::docid d) const
    {
        const uint32_t p = d < parent.size() ? parent[d] : 0;
        if (p == 0)
            return std::string();
        return parent_values.substr(value_end[p - 1], value_end[p] - value_end[p - 1]);
    }
    // Every document's units hold one run of docids: a search, which meets
    // units in docid order, then meets each document's units one after
    // the other, and a value needs counting once per run, not once per
    // (document, value) pair remembered for the whole search.
    bool runs = true;
    struct Column {
        bool multi = false, same_in_document = false;
        // Single-valued: docid -> value ordinal + 1 (0: none), in `width`
        // bytes a docid, the fewest that hold the column's ordinals.
        std::vector<uint8_t> one;
        unsigned width = 4;
        uint32_t at(Xapian::docid d) const
        {
            switch (width) {
                case 1:
                    return one[d];
                case 2:
                    return reinterpret_cast<const uint16_t *>(one.data())[d];
                default:
                    return reinterpret_cast<const uint32_t *>(one.data())[d];
            }
        }
        std::vector<uint32_t> start; // multi-valued: docid -> first index into ids
        std::vector<uint32_t> ids;   // multi-valued: value ordinals, docid by docid
        std::vector<std::string> names;
    };
    std::vector<Column> cols;
};

// Counts what FacetSpy counts, from a FacetTable.
class TableSpy : public Xapian::MatchSpy
{
  public:
    explicit TableSpy(std::shared_ptr<const FacetTable> t);
    void operator()(const Xapian::Document &doc, double) override;
    unsigned total() const
    {
        return total_;
    }
    // Matching units of the document unit `d` (a docid of the table's part)
    // belongs to, besides `d` itself.
    unsigned more_units(Xapian::docid d) const;
    // Counting by runs assumed docid order and the matcher did not keep
    // it: the counts may be wrong, and the search must be run again with
    // FacetSpy.
    bool retry() const
    {
        return out_of_order_;
    }
    // Per spec, (value, documents) in value order, as FacetSpy gives them.
    facet_counts facets() const;

  private:
    inline void count(size_t k, uint32_t parent, uint32_t id, bool once_per_document);

    std::shared_ptr<const FacetTable> t_;
    std::vector<uint8_t> seen_;   // by parent ordinal; 0 gathers the units without one
    std::vector<uint32_t> units_; // matching units by parent ordinal
    unsigned total_ = 0;
    std::vector<std::vector<unsigned>> counts_;
    std::vector<std::vector<uint32_t>> last_; // per spec and value: the parent it was last counted for
    std::vector<std::unordered_set<uint64_t>> pairs_;
    bool runs_;
    bool out_of_order_ = false;
    Xapian::docid prev_ = 0;
};

// The collapse value of each unit as a sort key, from a table instead of
// the unit's values.  Sorting relevance ties by the collapse value made
// Xapian read that value for every match (the ranked pass examines every
// match), a third of the blocks a query at 100k units read.  The matcher
// hands a key maker the docid within the unit's own part, so this serves a
// search in which one part alone holds documents: the table's.
class TableKeys : public Xapian::KeyMaker
{
  public:
    explicit TableKeys(std::shared_ptr<const FacetTable> t) : t_(std::move(t)) {}
    std::string operator()(const Xapian::Document &doc) const override
    {
        return t_->parent_value(doc.get_docid());
    }

  private:
    std::shared_ptr<const FacetTable> t_;
};

// A facet table and the sub-database of the reader's multi-database it
// counts: the reader's up parts in order, so that docid d of the
// multi-database is docid (d - 1) / n + 1 of part (d - 1) % n.
struct PartTable {
    size_t sub = 0;
    std::shared_ptr<const FacetTable> table;
};

// The tables for this reader's parts as they are now, from (or built into)
// db->tables: one per part that holds documents.  Empty when a part is
// remote (its values are read there, by ValueCountMatchSpy), when a part has
// no revision to key a table on, or when more than one part holds documents
// and the caller has not said that no document matches in two of them
// (`disjoint`: then each part is counted alone and the counts summed).
std::vector<PartTable> facet_tables(zx_db *db, int collapse_slot, const std::vector<zx_facet_spec> &specs,
                                    bool disjoint);

// Takes a reference to a zx_tables (zx_tables_free drops one).
zx_tables *tables_ref(zx_tables *t);

} // namespace zx

// What handles opened with the same zx_tables share (zx.h): the facet tables
// alive now, by key (weak: a table lives while a handle or a search holds
// it), and the searches counting over them.  Reference-counted, so that
// neither the opener nor a handle must outlive the other.
struct zx_tables {
    std::atomic<int> refs{1};
    std::mutex lock; // guards `tables` and `built`
    std::map<std::string, std::weak_ptr<const zx::FacetTable>> tables;
    unsigned built = 0;
    // Searches counting over these tables now, and the cores there are to
    // count on (a system call: asked once, when the object is made).
    std::atomic<int> counting{0};
    int cores = 1;
};

#endif
