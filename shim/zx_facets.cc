// zx_facets.cc — facet counting: how the documents matching a search are
// counted per facet value (FacetSpy, reading each unit's values), the
// FacetTable of one local database's values and its build, the zx_tables
// that lets handles share tables, and TableSpy, which counts from a table.
// The match spies run inside Xapian's matcher, once per matching unit: this
// is a hot path (docs/ARCHITECTURE.md, "Facets and totals").
//
// Not for: deciding which spy a search uses, the counting thread, or
// results (zx_search.cc); what the slots hold (core/schema.h).

#include "shim/zx_facets.hh"

#include <algorithm>
#include <iterator>

namespace zx
{

FacetSpy::FacetSpy(int collapse_slot, std::vector<zx_facet_spec> specs)
    : collapse_slot_(collapse_slot), specs_(std::move(specs)), counts_(specs_.size()), seen_(specs_.size())
{
}

void
FacetSpy::operator()(const Xapian::Document &doc, double)
{
    std::string parent;
    if (collapse_slot_ >= 0) {
        parent = doc.get_value(collapse_slot_);
    } else {
        parent = std::to_string(doc.get_docid());
    }
    const bool first = units_[parent]++ == 0;
    const uint64_t parent_hash = std::hash<std::string>{}(parent);
    for (size_t k = 0; k < specs_.size(); k++) {
        // A value every unit of a document shares (its type, year,
        // court…) is read and counted at the document's first unit
        // only: reading values is most of what this spy costs.
        if (specs_[k].same_in_document && !first)
            continue;
        const bool once = specs_[k].same_in_document && !specs_[k].multi;
        each_value(doc.get_value(specs_[k].slot), specs_[k].multi,
                   [&](const std::string &v) { count(k, parent_hash, v, once); });
    }
}

// The packed value holds the parent, then each slot's value.  A unit's
// packed value holds everything operator() reads from it, and every
// (document, value) pair is counted once, so the counts are the same as
// operator() over the same units — whichever units share a value.
void
FacetSpy::add_packed(const std::string &packed, unsigned units)
{
    size_t end = packed.find('\x1e');
    if (end == std::string::npos)
        return;
    std::string parent = packed.substr(0, end);
    units_[parent] += units;
    const uint64_t parent_hash = std::hash<std::string>{}(parent);
    std::unordered_map<unsigned, std::string> values;
    for (size_t start = end + 1; start < packed.size(); start = end + 1) {
        end = packed.find('\x1e', start);
        if (end == std::string::npos)
            end = packed.size();
        if (end > start + 1)
            values[(unsigned)(unsigned char)packed[start] - 0x20] = packed.substr(start + 1, end - start - 1);
    }
    for (size_t k = 0; k < specs_.size(); k++) {
        auto it = values.find(specs_[k].slot);
        if (it == values.end())
            continue;
        each_value(it->second, specs_[k].multi, [&](const std::string &v) { count(k, parent_hash, v, false); });
    }
}

facet_counts
FacetSpy::facets() const
{
    facet_counts out;
    for (auto &m : counts_)
        out.emplace_back(m.begin(), m.end());
    return out;
}

// (document, value) pairs already counted, by a 64-bit hash of both: no
// string is built per unit.
inline void
FacetSpy::count(size_t k, uint64_t parent_hash, const std::string &v, bool once_per_document)
{
    if (once_per_document) {
        counts_[k][v]++;
        return;
    }
    uint64_t key = parent_hash * 0x9E3779B97F4A7C15ULL ^ std::hash<std::string>{}(v);
    if (seen_[k].insert(key).second)
        counts_[k][v]++;
}

namespace
{

// Builds the table; the caller holds the zx_tables lock.
std::shared_ptr<FacetTable>
build_facet_table(const Xapian::Database &rdb, const std::string &key, unsigned collapse_slot,
                  const std::vector<zx_facet_spec> &specs)
{
    auto t = std::make_shared<FacetTable>();
    t->key = key;
    const Xapian::docid last = rdb.get_lastdocid();
    t->parent.assign((size_t)last + 1, 0);
    std::unordered_map<std::string, uint32_t> ord;
    for (auto it = rdb.valuestream_begin(collapse_slot); it != rdb.valuestream_end(collapse_slot); ++it) {
        Xapian::docid d = it.get_docid();
        if (d > last)
            break;
        auto ins = ord.emplace(*it, (uint32_t)ord.size() + 1);
        t->parent[d] = ins.first->second;
    }
    t->n_parents = (uint32_t)ord.size();
    {
        std::vector<const std::string *> by_ordinal(t->n_parents + 1, nullptr);
        size_t bytes = 0;
        for (const auto &o : ord) {
            by_ordinal[o.second] = &o.first;
            bytes += o.first.size();
        }
        t->parent_values.reserve(bytes);
        t->value_end.assign(t->n_parents + 1, 0);
        for (uint32_t p = 1; p <= t->n_parents; p++) {
            t->parent_values += *by_ordinal[p];
            t->value_end[p] = (uint32_t)t->parent_values.size();
        }
    }
    {
        std::vector<uint8_t> ended(t->n_parents + 1, 0);
        uint32_t prev = 0;
        for (Xapian::docid d = 1; d <= last && t->runs; d++) {
            uint32_t p = t->parent[d];
            if (p == prev || p == 0)
                continue; // units without a parent are never counted in runs
            if (ended[p])
                t->runs = false;
            ended[prev] = 1;
            prev = p;
        }
    }
    for (const zx_facet_spec &spec : specs) {
        FacetTable::Column c;
        c.multi = spec.multi;
        c.same_in_document = spec.same_in_document;
        std::unordered_map<std::string, uint32_t> ids;
        auto id_of = [&](std::string v) {
            auto ins = ids.emplace(v, (uint32_t)c.names.size());
            if (ins.second)
                c.names.push_back(std::move(v));
            return ins.first->second;
        };
        if (c.multi)
            c.start.assign((size_t)last + 2, 0);
        else
            c.one.assign(((size_t)last + 1) * sizeof(uint32_t), 0);
        Xapian::docid filled = 0; // multi: start[] is final up to here
        for (auto it = rdb.valuestream_begin(spec.slot); it != rdb.valuestream_end(spec.slot); ++it) {
            Xapian::docid d = it.get_docid();
            if (d > last)
                break;
            const std::string v = *it;
            if (!c.multi) {
                reinterpret_cast<uint32_t *>(c.one.data())[d] = id_of(v) + 1;
                continue;
            }
            while (filled < d)
                c.start[++filled] = (uint32_t)c.ids.size();
            each_value(v, true, [&](const std::string &one) { c.ids.push_back(id_of(one)); });
        }
        while (c.multi && filled <= last)
            c.start[++filled] = (uint32_t)c.ids.size();
        if (!c.multi && c.names.size() < 0xffff) {
            // Narrow the column: most hold a few dozen values.
            const uint32_t *wide = reinterpret_cast<const uint32_t *>(c.one.data());
            unsigned width = c.names.size() < 0xff ? 1 : 2;
            std::vector<uint8_t> narrow(((size_t)last + 1) * width);
            for (size_t d = 0; d <= last; d++) {
                if (width == 1)
                    narrow[d] = (uint8_t)wide[d];
                else
                    reinterpret_cast<uint16_t *>(narrow.data())[d] = (uint16_t)wide[d];
            }
            c.one = std::move(narrow);
            c.width = width;
        }
        t->cols.push_back(std::move(c));
    }
    return t;
}

} // namespace

namespace
{

// The table of one part at one revision: the one this handle last used,
// one another handle built, or a new one.
std::shared_ptr<const FacetTable>
part_table(zx_db *db, const zx_part &part, Xapian::rev rev, int collapse_slot, const std::vector<zx_facet_spec> &specs)
{
    std::string key = std::to_string(collapse_slot);
    for (const zx_facet_spec &s : specs)
        key += "/" + std::to_string(s.slot) + (s.multi ? "m" : "") + (s.same_in_document ? "d" : "");
    // The database's UUID too: a folder indexed anew (removed and made
    // again, or a merge put in its place) counts revisions from the start,
    // and a table of the old one must never count the new one's docids.
    key += "|" + part.name + "#" + part.db.get_uuid() + "@" + std::to_string(rev);
    for (const auto &t : db->facets)
        if (t->key == key)
            return t;
    zx_tables &shared = *db->tables;
    std::lock_guard<std::mutex> hold(shared.lock);
    auto found = shared.tables.find(key);
    std::shared_ptr<const FacetTable> t = found == shared.tables.end() ? nullptr : found->second.lock();
    if (!t) {
        for (auto it = shared.tables.begin(); it != shared.tables.end();)
            it = it->second.expired() ? shared.tables.erase(it) : std::next(it);
        std::shared_ptr<FacetTable> built = build_facet_table(part.db, key, (unsigned)collapse_slot, specs);
        built->part = part.name;
        built->revision = rev;
        t = built;
        shared.tables[key] = t;
        shared.built++;
    }
    return t;
}

} // namespace

std::vector<PartTable>
facet_tables(zx_db *db, int collapse_slot, const std::vector<zx_facet_spec> &specs, bool disjoint)
{
    std::vector<PartTable> out;
    if (db->any_remote || !db->tables || collapse_slot < 0 || specs.empty())
        return out;
    // Xapian 1.4 hands a match spy the docid within the unit's own part,
    // not the combined one, so a table serves a search of its part alone:
    // a reader of one part, a reader whose other parts hold nothing yet, or
    // a reader whose parts share no document (`disjoint`), each part
    // counted by a search of its own.
    struct Held {
        size_t sub;
        const zx_part *part;
        Xapian::rev rev;
    };
    std::vector<Held> held;
    size_t sub = 0;
    for (const zx_part &p : db->parts) {
        if (!p.up)
            continue;
        try {
            if (p.db.get_doccount() != 0)
                held.push_back({sub, &p, p.db.get_revision()});
        } catch (const Xapian::Error &) {
            return out;
        }
        sub++;
    }
    if (held.empty() || (held.size() > 1 && !disjoint))
        return out;
    for (const Held &h : held)
        out.push_back({h.sub, part_table(db, *h.part, h.rev, collapse_slot, specs)});
    db->facets.clear(); // what this handle looks in first next time
    for (const PartTable &pt : out)
        db->facets.push_back(pt.table);
    return out;
}

zx_tables *
tables_ref(zx_tables *t)
{
    t->refs++;
    return t;
}

TableSpy::TableSpy(std::shared_ptr<const FacetTable> t)
    : t_(std::move(t)), seen_(t_->n_parents + 1, 0), units_(t_->n_parents + 1, 0), counts_(t_->cols.size()),
      last_(t_->cols.size()), pairs_(t_->cols.size()), runs_(t_->runs)
{
    for (size_t k = 0; k < t_->cols.size(); k++) {
        counts_[k].assign(t_->cols[k].names.size(), 0);
        last_[k].assign(t_->cols[k].names.size(), UINT32_MAX);
    }
}

void
TableSpy::operator()(const Xapian::Document &doc, double)
{
    const Xapian::docid d = doc.get_docid();
    if (d >= t_->parent.size())
        return; // cannot happen: the table's key holds the revision searched
    if (d <= prev_)
        runs_ = false, out_of_order_ = true; // the matcher broke docid order: see retry()
    prev_ = d;
    const uint32_t p = t_->parent[d];
    const bool first = !seen_[p];
    if (first) {
        seen_[p] = 1;
        total_++;
    }
    units_[p]++;
    for (size_t k = 0; k < t_->cols.size(); k++) {
        const FacetTable::Column &c = t_->cols[k];
        if (c.same_in_document && !first)
            continue;
        if (!c.multi) {
            if (uint32_t v = c.at(d))
                count(k, p, v - 1, c.same_in_document);
            continue;
        }
        for (uint32_t i = c.start[d]; i < c.start[d + 1]; i++)
            count(k, p, c.ids[i], false);
    }
}

unsigned
TableSpy::more_units(Xapian::docid d) const
{
    if (d >= t_->parent.size())
        return 0;
    uint32_t n = units_[t_->parent[d]];
    return n > 0 ? n - 1 : 0;
}

facet_counts
TableSpy::facets() const
{
    facet_counts out(counts_.size());
    for (size_t k = 0; k < counts_.size(); k++) {
        for (size_t id = 0; id < counts_[k].size(); id++)
            if (counts_[k][id])
                out[k].emplace_back(t_->cols[k].names[id], counts_[k][id]);
        std::sort(out[k].begin(), out[k].end());
    }
    return out;
}

inline void
TableSpy::count(size_t k, uint32_t parent, uint32_t id, bool once_per_document)
{
    if (once_per_document) {
        counts_[k][id]++;
    } else if (runs_ && parent != 0) {
        if (last_[k][id] != parent) {
            last_[k][id] = parent;
            counts_[k][id]++;
        }
    } else if (pairs_[k].insert((uint64_t)parent << 32 | id).second) {
        counts_[k][id]++;
    }
}

} // namespace zx

extern "C" {

zx_tables *
zx_tables_new(void)
{
    try {
        zx_tables *t = new zx_tables();
        t->cores = (int)g_get_num_processors();
        return t;
    } catch (const std::bad_alloc &) {
        return nullptr;
    }
}

void
zx_tables_free(zx_tables *t)
{
    if (t && --t->refs == 0)
        delete t;
}

unsigned
zx_tables_built(const zx_tables *t)
{
    std::lock_guard<std::mutex> hold(const_cast<zx_tables *>(t)->lock);
    return t->built;
}

} // extern "C"
