// zx.cc — the Xapian shim: the only C++ in Zaalt, behind the C API of zx.h.
//
// Every entry point that touches Xapian catches Xapian::Error (and
// std::exception, and bad_alloc) and turns it into a zx_status plus an
// optional g_malloc'd message.  Nothing here knows Zaalt's schema beyond what
// the caller passes in (slots, prefixes): the schema lives in schema.h.

#include "shim/zx.h"

#include <glib.h>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// One database of a reader: a local path or a remote "tcp://host:port".
// A remote part that cannot be reached is down: it is left out of the
// searched multi-database and reconnected at most every ZX_RETRY_US.
struct zx_part {
    std::string name;
    bool remote = false;
    bool up = false;
    bool excluded = false; // a remote part above the reader's level
    gint64 retry_at = 0;   // monotonic µs of the next reconnection attempt
    std::string host;
    unsigned port = 0;
    Xapian::Database db;
};

struct zx_db {
    std::vector<zx_part> parts; // readers: every part, up or not
    bool any_remote = false;
    std::string level_key, schema_key, schema_value;
    std::vector<std::string> levels; // levels a remote part may hold
    std::string level_term_prefix;
    std::vector<std::string> all_levels;
    bool writable = false;
    Xapian::Database rdb;                            // the database searched (read side)
    Xapian::WritableDatabase wdb;                    // valid when writable
    std::shared_ptr<const struct FacetTable> facets; // the local parts' facet columns
    // A second handle on the part a facet table was built from, for the
    // counting pass on another thread (a Database is not shared between
    // threads): see zx_search.
    Xapian::Database counter;
    std::string counter_part;
    bool counting = false;   // a result still counts on `counter`
    unsigned generation = 0; // moves when the parts searched or their revisions change
    unsigned agreed_generation = ~0u;
    std::string agreed_key; // key '\0' value last asked of zx_db_parts_agree
    bool agreed = false;
};

struct zx_doc {
    Xapian::Document doc;
};

struct zx_query {
    Xapian::Query q;
};

struct zx_stemmer {
    Xapian::Stem stem;
};

namespace
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
    FacetSpy(int collapse_slot, std::vector<zx_facet_spec> specs)
        : collapse_slot_(collapse_slot), specs_(std::move(specs)), counts_(specs_.size()), seen_(specs_.size())
    {
    }

    void operator()(const Xapian::Document &doc, double) override
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

    // Counts one distinct value of the packed facet slot (see
    // zx_doc_pack_values): the parent, then each slot's value.  A unit's
    // packed value holds everything operator() reads from it, and every
    // (document, value) pair is counted once, so the counts are the same
    // as operator() over the same units — whichever units share a value.
    void add_packed(const std::string &packed, unsigned units)
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
    facet_counts facets() const
    {
        facet_counts out;
        for (auto &m : counts_)
            out.emplace_back(m.begin(), m.end());
        return out;
    }

  private:
    // (document, value) pairs already counted, by a 64-bit hash of both:
    // no string is built per unit.
    void count(size_t k, uint64_t parent_hash, const std::string &v, bool once_per_document)
    {
        if (once_per_document) {
            counts_[k][v]++;
            return;
        }
        uint64_t key = parent_hash * 0x9E3779B97F4A7C15ULL ^ std::hash<std::string>{}(v);
        if (seen_[k].insert(key).second)
            counts_[k][v]++;
    }

    int collapse_slot_;
    std::vector<zx_facet_spec> specs_;
    std::vector<std::map<std::string, unsigned>> counts_;
    std::vector<std::unordered_set<uint64_t>> seen_;
    std::unordered_map<std::string, unsigned> units_; // matching units by parent: the documents seen
};

} // namespace

// The facet values of every unit of a local database, as columns indexed
// by its docids: the parent's ordinal, and per facet spec the value's ordinal
// (or, for a multi-valued spec, a run of ordinals).  A search that counts
// facets then reads arrays instead of asking Xapian for each matching
// unit's values, which was a fifth of a query's cost and grows with the
// number of matches.  Built once per database revision from the value
// streams, and shared by every handle open on the same parts.
struct FacetTable {
    std::string key;  // specs, parts and revisions it was built for
    std::string part; // the one part it reads, and its revision
    Xapian::rev revision = 0;
    std::vector<uint32_t> parent; // docid -> parent ordinal; 0: no parent value
    uint32_t n_parents = 0;       // ordinals are 1..n_parents
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

namespace
{

// Builds the table; the caller holds facet_tables_lock.
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

std::mutex facet_tables_lock;
std::map<std::string, std::weak_ptr<const FacetTable>> facet_tables;

// The table for this handle's parts as they are now, or null when a part is
// remote (its values are read there, by ValueCountMatchSpy) or has no
// revision to key the table on.
std::shared_ptr<const FacetTable>
facet_table(zx_db *db, int collapse_slot, const std::vector<zx_facet_spec> &specs)
{
    if (db->any_remote || collapse_slot < 0 || specs.empty())
        return nullptr;
    std::string key = std::to_string(collapse_slot);
    for (const zx_facet_spec &s : specs)
        key += "/" + std::to_string(s.slot) + (s.multi ? "m" : "") + (s.same_in_document ? "d" : "");
    // Xapian 1.4 hands a match spy the docid within the unit's own part,
    // not the combined one, so the table serves only a search whose units
    // all live in one part: an anonymous reader's single level, or levels
    // above it that hold nothing yet.
    const zx_part *only = nullptr;
    Xapian::rev only_rev = 0;
    for (const zx_part &p : db->parts) {
        if (!p.up)
            continue;
        Xapian::rev rev;
        try {
            rev = p.db.get_revision();
        } catch (const Xapian::Error &) {
            return nullptr;
        }
        key += "|" + p.name + "@" + std::to_string(rev);
        if (p.db.get_doccount() == 0)
            continue;
        if (only)
            return nullptr;
        only = &p;
        only_rev = rev;
    }
    if (!only)
        return nullptr;
    if (db->facets && db->facets->key == key)
        return db->facets;
    std::lock_guard<std::mutex> hold(facet_tables_lock);
    auto found = facet_tables.find(key);
    std::shared_ptr<const FacetTable> t = found == facet_tables.end() ? nullptr : found->second.lock();
    if (!t) {
        for (auto it = facet_tables.begin(); it != facet_tables.end();)
            it = it->second.expired() ? facet_tables.erase(it) : std::next(it);
        std::shared_ptr<FacetTable> built = build_facet_table(only->db, key, (unsigned)collapse_slot, specs);
        built->part = only->name;
        built->revision = only_rev;
        t = built;
        facet_tables[key] = t;
    }
    db->facets = t;
    return t;
}

// Counts what FacetSpy counts, from a FacetTable.
class TableSpy : public Xapian::MatchSpy
{
  public:
    explicit TableSpy(std::shared_ptr<const FacetTable> t)
        : t_(std::move(t)), seen_(t_->n_parents + 1, 0), units_(t_->n_parents + 1, 0), counts_(t_->cols.size()),
          last_(t_->cols.size()), pairs_(t_->cols.size()), runs_(t_->runs)
    {
        for (size_t k = 0; k < t_->cols.size(); k++) {
            counts_[k].assign(t_->cols[k].names.size(), 0);
            last_[k].assign(t_->cols[k].names.size(), UINT32_MAX);
        }
    }

    void operator()(const Xapian::Document &doc, double) override
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

    unsigned total() const
    {
        return total_;
    }
    // Matching units of the document unit `d` (a docid of the table's part)
    // belongs to, besides `d` itself.
    unsigned more_units(Xapian::docid d) const
    {
        if (d >= t_->parent.size())
            return 0;
        uint32_t n = units_[t_->parent[d]];
        return n > 0 ? n - 1 : 0;
    }
    // Counting by runs assumed docid order and the matcher did not keep
    // it: the counts may be wrong, and the search must be run again with
    // FacetSpy.
    bool retry() const
    {
        return out_of_order_;
    }

    // Per spec, (value, documents) in value order, as FacetSpy gives them.
    facet_counts facets() const
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

  private:
    void count(size_t k, uint32_t parent, uint32_t id, bool once_per_document)
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

zx_status
set_error(char **errmsg, zx_status st, const std::string &msg)
{
    if (errmsg)
        *errmsg = g_strdup(msg.c_str());
    return st;
}

zx_status
from_xapian(const Xapian::Error &e, char **errmsg)
{
    std::string msg = e.get_type();
    msg += ": ";
    msg += e.get_msg();
    if (!e.get_context().empty())
        msg += " (" + e.get_context() + ")";
    // Xapian::Error is not polymorphic: classify by its type name.
    std::string type = e.get_type();
    zx_status st = ZX_ERROR;
    if (type == "DatabaseLockError")
        st = ZX_LOCKED;
    else if (type == "DatabaseNotFoundError")
        st = ZX_NOT_FOUND;
    else if (type == "DatabaseModifiedError")
        st = ZX_MODIFIED;
    else if (type == "DatabaseCorruptError" || type == "DatabaseVersionError" || type == "DatabaseOpeningError")
        st = ZX_CORRUPT;
    return set_error(errmsg, st, msg);
}

// Wraps a body so that no exception escapes into C.
template <typename F>
zx_status
guarded(char **errmsg, F body)
{
    try {
        return body();
    } catch (const Xapian::Error &e) {
        return from_xapian(e, errmsg);
    } catch (const std::bad_alloc &) {
        return set_error(errmsg, ZX_ERROR, "out of memory");
    } catch (const std::exception &e) {
        return set_error(errmsg, ZX_ERROR, e.what());
    }
}

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

namespace
{

// A shard that does not answer is given up for this long before the next
// attempt, so that a dead machine costs one connect timeout per interval,
// not one per query.
constexpr gint64 ZX_RETRY_US = 3 * G_USEC_PER_SEC;
constexpr unsigned ZX_CONNECT_TIMEOUT_MS = 1500;
constexpr unsigned ZX_TIMEOUT_MS = 10000;

bool
parse_remote(const std::string &name, std::string &host, unsigned &port)
{
    if (name.compare(0, 6, "tcp://") != 0)
        return false;
    std::string rest = name.substr(6);
    size_t colon = rest.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= rest.size())
        return false;
    host = rest.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    unsigned long v = 0;
    for (size_t i = colon + 1; i < rest.size(); i++) {
        if (rest[i] < '0' || rest[i] > '9')
            return false;
        v = v * 10 + (unsigned)(rest[i] - '0');
        if (v > 65535)
            return false;
    }
    if (v == 0)
        return false;
    port = (unsigned)v;
    return true;
}

zx_status
check_schema(zx_db *db, const zx_part &p, char **errmsg)
{
    if (db->schema_key.empty())
        return ZX_OK;
    std::string v = p.db.get_metadata(db->schema_key);
    if (v == db->schema_value)
        return ZX_OK;
    return set_error(errmsg, ZX_CORRUPT,
                     p.name + " has schema version " + (v.empty() ? std::string("(none)") : v) +
                         ", this zaalt reads version " + db->schema_value + ": re-index it");
}

void
mark_down(zx_part &p)
{
    p.up = false;
    p.db = Xapian::Database();
    p.retry_at = g_get_monotonic_time() + ZX_RETRY_US;
}

// Connects a remote part.  Unreachable: left down, ZX_OK.  Reachable but
// without a level, or of another schema: refused with an error.  Of a
// level the reader may not see: closed and excluded, never searched.
zx_status
connect_part(zx_db *db, zx_part &p, char **errmsg)
{
    try {
        p.db = Xapian::Remote::open(p.host, p.port, ZX_TIMEOUT_MS, ZX_CONNECT_TIMEOUT_MS);
        if (!db->level_key.empty()) {
            std::string level = p.db.get_metadata(db->level_key);
            if (level.empty()) {
                mark_down(p);
                return set_error(errmsg, ZX_CORRUPT,
                                 p.name + " records no access level (metadata " + db->level_key +
                                     "): serve a level database of a zaalt index (DIR/public, DIR/restricted, …)");
            }
            for (const std::string &other : db->all_levels) {
                if (other == level || db->level_term_prefix.empty())
                    continue;
                if (p.db.get_termfreq(db->level_term_prefix + other) > 0) {
                    mark_down(p);
                    return set_error(errmsg, ZX_CORRUPT,
                                     p.name + " records level " + level + " but holds " + other +
                                         " documents: serve each level database of an index on its own port");
                }
            }
            if (std::find(db->levels.begin(), db->levels.end(), level) == db->levels.end()) {
                p.db.close();
                p.db = Xapian::Database();
                p.up = false;
                p.excluded = true;
                return ZX_OK;
            }
        }
        zx_status s = check_schema(db, p, errmsg);
        if (s != ZX_OK) {
            mark_down(p);
            return s;
        }
        p.up = true;
    } catch (const Xapian::NetworkError &) {
        mark_down(p);
    }
    return ZX_OK;
}

void
rebuild(zx_db *db)
{
    Xapian::Database all;
    for (const zx_part &p : db->parts)
        if (p.up)
            all.add_database(p.db);
    db->rdb = all;
    db->generation++;
}

// Reconnects the remote parts that are down and due for another try.
void
revive(zx_db *db)
{
    if (!db->any_remote)
        return;
    gint64 now = g_get_monotonic_time();
    bool changed = false;
    for (zx_part &p : db->parts) {
        if (!p.remote || p.up || p.excluded || now < p.retry_at)
            continue;
        char *msg = nullptr;
        connect_part(db, p, &msg);
        g_free(msg);
        changed = changed || p.up;
    }
    if (changed)
        rebuild(db);
}

// After a NetworkError: Xapian does not say which part failed, so every
// remote part is asked for a sign of life.  One that does not answer is
// connected again at once — xapian-tcpsrv closes a connection idle for a
// minute, and that server is up — and dropped only if that fails too.
void
drop_unreachable(zx_db *db)
{
    for (zx_part &p : db->parts) {
        if (!p.remote || !p.up)
            continue;
        try {
            p.db.keep_alive();
        } catch (const Xapian::Error &) {
            mark_down(p);
            char *msg = nullptr;
            connect_part(db, p, &msg);
            g_free(msg);
        }
    }
    rebuild(db);
}

// Runs body over the parts that answer: a NetworkError drops the silent
// parts and the body runs once more over the rest.
template <typename F>
zx_status
with_parts(zx_db *db, char **errmsg, F body)
{
    revive(db);
    return guarded(errmsg, [&]() -> zx_status {
        try {
            return body();
        } catch (const Xapian::NetworkError &) {
            if (!db->any_remote)
                throw;
            drop_unreachable(db);
            return body();
        }
    });
}

} // namespace

namespace
{

// Searches running now in this process, and whether this one may take a
// second core: only when there are cores to spare.
std::atomic<int> searches_running{0};
std::atomic<bool> count_thread{true};

struct Running {
    Running()
    {
        n = ++searches_running;
    }
    ~Running()
    {
        --searches_running;
    }
    bool alone() const
    {
        static const int cores = (int)g_get_num_processors(); // a system call: asked once
        return count_thread && n < cores;
    }
    int n;
};

// Opens (or moves) db->counter onto the table's part at the table's
// revision; false when it cannot be had, and the counting stays on this
// thread.
bool
counter_ready(zx_db *db, const FacetTable &t)
{
    if (t.part.empty() || db->counting)
        return false;
    try {
        if (db->counter_part != t.part) {
            db->counter_part.clear();
            db->counter = Xapian::Database(t.part);
            db->counter_part = t.part;
        }
        if (db->counter.get_revision() != t.revision)
            db->counter.reopen();
        return db->counter.get_revision() == t.revision;
    } catch (const Xapian::Error &) {
        db->counter_part.clear();
        return false;
    }
}

// A search's counting pass over the facet table: on another thread while
// the search ranks (then `done` is valid and db->counter is this pass's),
// or already run on the caller's.  The result's total, facets and collapse
// counts are taken from it when first asked for (settle), so that the
// caller builds its hits meanwhile.
struct Pending {
    zx_db *db = nullptr;
    bool on_counter = false; // counts over db->counter, on its own thread
    std::unique_ptr<Running> running;
    std::unique_ptr<TableSpy> tspy;
    std::unique_ptr<Xapian::Enquire> counter;
    std::future<void> done;
    Xapian::Query query; // to count again on the caller's thread
    std::vector<zx_facet_spec> specs;
    int collapse_slot = -1;
    Xapian::doccount check = 0;
    ~Pending()
    {
        if (done.valid())
            done.wait();
        if (on_counter)
            db->counting = false;
    }
};

// Per hit, the other matching units of its document, as a spy counted them.
std::vector<unsigned>
more_units(const FacetSpy &spy, const Xapian::MSet &mset)
{
    std::vector<unsigned> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        unsigned n = spy.units(it.get_collapse_key());
        out.push_back(n > 0 ? n - 1 : 0);
    }
    return out;
}

// Parts searched now: the multi-database interleaves their docids.
Xapian::doccount
parts_up(const zx_db *db)
{
    Xapian::doccount n = 0;
    for (const zx_part &p : db->parts)
        n += p.up ? 1 : 0;
    return n ? n : 1;
}

} // namespace

struct zx_result {
    Xapian::MSet mset;
    // Over remote parts Xapian 1.4 reports no collapse counts: they are
    // counted from the packed facet slot instead (empty: use the MSet's).
    std::vector<unsigned> collapsed;
    std::vector<std::string> data;
    unsigned total = 0;
    facet_counts facets;
    std::unique_ptr<Pending> pending; // counts still being made (settle)
};

extern "C" {

zx_status
zx_db_open_parts(const char *const *names, size_t n, const zx_part_opts *opts, zx_db **out, char **errmsg)
{
    *out = nullptr;
    auto db = std::make_unique<zx_db>();
    if (opts) {
        db->level_key = opts->level_key ? opts->level_key : "";
        db->schema_key = opts->schema_key ? opts->schema_key : "";
        db->schema_value = opts->schema_value ? opts->schema_value : "";
        for (const char *const *l = opts->levels; l && *l; l++)
            db->levels.emplace_back(*l);
        db->level_term_prefix = opts->level_term_prefix ? opts->level_term_prefix : "";
        for (const char *const *l = opts->all_levels; l && *l; l++)
            db->all_levels.emplace_back(*l);
    }
    zx_status st = guarded(errmsg, [&]() {
        for (size_t i = 0; i < n; i++) {
            zx_part p;
            p.name = names[i];
            if (parse_remote(p.name, p.host, p.port)) {
                p.remote = true;
                db->any_remote = true;
            } else if (p.name.compare(0, 6, "tcp://") == 0) {
                return set_error(errmsg, ZX_ERROR, "'" + p.name + "' is not of the form tcp://HOST:PORT");
            }
            db->parts.push_back(std::move(p));
        }
        for (zx_part &p : db->parts) {
            if (!p.remote) {
                p.db = Xapian::Database(p.name);
                p.up = true;
                zx_status s = check_schema(db.get(), p, errmsg);
                if (s != ZX_OK)
                    return s;
                continue;
            }
            zx_status s = connect_part(db.get(), p, errmsg);
            if (s != ZX_OK)
                return s;
        }
        rebuild(db.get());
        return ZX_OK;
    });
    if (st == ZX_OK)
        *out = db.release();
    return st;
}

char **
zx_db_missing_parts(zx_db *db)
{
    GPtrArray *names = g_ptr_array_new();
    for (const zx_part &p : db->parts)
        if (!p.up && !p.excluded)
            g_ptr_array_add(names, g_strdup(p.name.c_str()));
    g_ptr_array_add(names, nullptr);
    return (char **)g_ptr_array_free(names, FALSE);
}

zx_status
zx_db_open_write(const char *path, zx_db **out, char **errmsg)
{
    *out = nullptr;
    auto db = std::make_unique<zx_db>();
    zx_status st = guarded(errmsg, [&]() {
        db->wdb = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
        db->rdb = db->wdb;
        db->writable = true;
        return ZX_OK;
    });
    if (st == ZX_OK)
        *out = db.release();
    return st;
}

void
zx_db_close(zx_db *db)
{
    if (!db)
        return;
    try {
        if (db->writable) {
            db->wdb.close();
        } else {
            for (zx_part &p : db->parts)
                if (p.up)
                    p.db.close();
        }
    } catch (...) {
        // Closing discards uncommitted changes; nothing useful to report.
    }
    delete db;
}

zx_status
zx_db_reopen(zx_db *db, bool *changed, char **errmsg)
{
    return with_parts(db, errmsg, [&]() {
        bool c = db->rdb.reopen();
        if (c)
            db->generation++;
        if (changed)
            *changed = c;
        return ZX_OK;
    });
}

unsigned
zx_db_doccount(zx_db *db)
{
    unsigned n = 0;
    if (with_parts(db, nullptr, [&]() {
            n = db->rdb.get_doccount();
            return ZX_OK;
        }) != ZX_OK)
        return 0;
    return n;
}

unsigned
zx_db_termfreq(zx_db *db, const char *term)
{
    unsigned n = 0;
    if (with_parts(db, nullptr, [&]() {
            n = db->rdb.get_termfreq(term);
            return ZX_OK;
        }) != ZX_OK)
        return 0;
    return n;
}

char *
zx_db_get_metadata(zx_db *db, const char *key)
{
    std::string v;
    if (with_parts(db, nullptr,
                   [&]() {
                       v = db->rdb.get_metadata(key);
                       return ZX_OK;
                   }) != ZX_OK ||
        v.empty())
        return nullptr;
    return g_strndup(v.data(), v.size());
}

bool
zx_db_parts_agree(zx_db *db, const char *key, const char *value)
{
    if (db->writable)
        return false;
    revive(db);
    std::string asked = std::string(key) + '\0' + value;
    if (db->agreed_generation == db->generation && db->agreed_key == asked)
        return db->agreed;
    bool all = true, any = false, dropped = false;
    for (zx_part &p : db->parts) {
        if (!p.up)
            continue;
        zx_status s = guarded(nullptr, [&]() {
            try {
                all = all && p.db.get_metadata(key) == value;
            } catch (const Xapian::NetworkError &) {
                if (!p.remote)
                    throw;
                mark_down(p);
                dropped = true;
            }
            return ZX_OK;
        });
        all = all && s == ZX_OK;
        any = any || p.up;
    }
    // A part that stopped answering is left out of the search from now on;
    // the next call asks again of the parts that are left.
    if (dropped) {
        rebuild(db);
        return false;
    }
    db->agreed_generation = db->generation;
    db->agreed_key = asked;
    db->agreed = all && any;
    return db->agreed;
}

zx_status
zx_db_set_metadata(zx_db *db, const char *key, const char *value, char **errmsg)
{
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.set_metadata(key, value ? value : "");
        return ZX_OK;
    });
}

zx_status
zx_db_metadata_each(zx_db *db, const char *prefix, zx_kv_fn fn, void *user, char **errmsg)
{
    // A multi-database answers metadata from its first part only: walk each
    // part (a reader's levels, or the writer's one database).
    auto walk = [&](Xapian::Database part) {
        for (auto it = part.metadata_keys_begin(prefix); it != part.metadata_keys_end(prefix); ++it) {
            std::string key = *it;
            std::string value = part.get_metadata(key);
            fn(key.c_str(), value.c_str(), user);
        }
    };
    if (db->writable)
        return guarded(errmsg, [&]() {
            walk(db->wdb);
            return ZX_OK;
        });
    // A part that does not answer is skipped: it is reported missing.
    revive(db);
    zx_status st = ZX_OK;
    for (zx_part &p : db->parts) {
        if (!p.up)
            continue;
        zx_status s = guarded(errmsg, [&]() {
            try {
                walk(p.db);
            } catch (const Xapian::NetworkError &) {
                if (!p.remote)
                    throw;
                mark_down(p);
                rebuild(db);
            }
            return ZX_OK;
        });
        if (s != ZX_OK)
            st = s;
    }
    return st;
}

zx_status
zx_db_terms_each(zx_db *db, const char *prefix, zx_term_fn fn, void *user, char **errmsg)
{
    return with_parts(db, errmsg, [&]() {
        for (auto it = db->rdb.allterms_begin(prefix); it != db->rdb.allterms_end(prefix); ++it) {
            std::string term = *it;
            fn(term.c_str(), it.get_termfreq(), user);
        }
        return ZX_OK;
    });
}

zx_status
zx_db_unprefixed_terms_each(zx_db *db, zx_term_fn fn, void *user, char **errmsg)
{
    return guarded(errmsg, [&]() {
        auto end = db->rdb.allterms_end();
        for (auto it = db->rdb.allterms_begin(); it != end;) {
            std::string term = *it;
            if (!term.empty() && term[0] >= 'A' && term[0] <= 'Z') {
                it.skip_to("["); // the byte after 'Z': past every prefixed term
                continue;
            }
            fn(term.c_str(), it.get_termfreq(), user);
            ++it;
        }
        return ZX_OK;
    });
}

zx_status
zx_db_data_by_term(zx_db *db, const char *term, int sort_slot, zx_data_fn fn, void *user, char **errmsg)
{
    return with_parts(db, errmsg, [&]() {
        std::vector<std::pair<std::string, Xapian::docid>> ids;
        for (auto it = db->rdb.postlist_begin(term); it != db->rdb.postlist_end(term); ++it) {
            Xapian::docid did = *it;
            std::string key;
            if (sort_slot >= 0)
                key = db->rdb.get_document(did).get_value(sort_slot);
            ids.emplace_back(key, did);
        }
        std::stable_sort(ids.begin(), ids.end());
        for (auto &p : ids) {
            std::string data = db->rdb.get_document(p.second).get_data();
            fn(data.data(), data.size(), user);
        }
        return ZX_OK;
    });
}

zx_status
zx_db_replace(zx_db *db, const char *unique_term, zx_doc *doc, char **errmsg)
{
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.replace_document(unique_term, doc->doc);
        return ZX_OK;
    });
}

zx_status
zx_db_delete(zx_db *db, const char *term, char **errmsg)
{
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.delete_document(term);
        return ZX_OK;
    });
}

zx_status
zx_db_commit(zx_db *db, char **errmsg)
{
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.commit();
        return ZX_OK;
    });
}

zx_status
zx_db_add_spelling(zx_db *db, const char *word, unsigned freq, char **errmsg)
{
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.add_spelling(word, freq);
        return ZX_OK;
    });
}

zx_status
zx_db_add_synonym(zx_db *db, const char *term, const char *synonym, char **errmsg)
{
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.add_synonym(term, synonym);
        return ZX_OK;
    });
}

char *
zx_db_spelling_suggestion(zx_db *db, const char *word, unsigned max_edit)
{
    // Xapian's remote backend keeps no spelling table: over remote parts
    // this finds nothing (or fails), and the search goes on without it.
    std::string s;
    if (with_parts(db, nullptr, [&]() {
            s = db->rdb.get_spelling_suggestion(word, max_edit);
            return ZX_OK;
        }) != ZX_OK)
        return nullptr;
    return s.empty() ? nullptr : g_strdup(s.c_str());
}

zx_doc *
zx_doc_new(void)
{
    return new zx_doc();
}
void
zx_doc_free(zx_doc *doc)
{
    delete doc;
}

char *
zx_doc_serialise(const zx_doc *doc, size_t *len)
{
    try {
        std::string bytes = doc->doc.serialise();
        char *out = static_cast<char *>(malloc(bytes.size() ? bytes.size() : 1));
        if (!out)
            return nullptr;
        memcpy(out, bytes.data(), bytes.size());
        *len = bytes.size();
        return out;
    } catch (...) {
        return nullptr;
    }
}

zx_doc *
zx_doc_unserialise(const void *data, size_t len, char **errmsg)
{
    zx_doc *out = nullptr;
    zx_status s = guarded(errmsg, [&]() {
        std::unique_ptr<zx_doc> d(new zx_doc());
        d->doc = Xapian::Document::unserialise(std::string(static_cast<const char *>(data), len));
        out = d.release();
        return ZX_OK;
    });
    return s == ZX_OK ? out : nullptr;
}

void
zx_doc_add_term(zx_doc *doc, const char *term, unsigned wdf)
{
    try {
        doc->doc.add_term(term, wdf);
    } catch (...) {
        // Xapian only rejects terms over 245 bytes at commit; callers cap length.
    }
}

void
zx_doc_add_posting(zx_doc *doc, const char *term, unsigned pos, unsigned wdf)
{
    try {
        doc->doc.add_posting(term, pos, wdf);
    } catch (...) {
    }
}

void
zx_doc_add_boolean(zx_doc *doc, const char *term)
{
    try {
        doc->doc.add_boolean_term(term);
    } catch (...) {
    }
}

void
zx_doc_set_value(zx_doc *doc, unsigned slot, const char *value, size_t len)
{
    doc->doc.add_value(slot, std::string(value, len));
}

void
zx_doc_pack_values(zx_doc *doc, unsigned dest_slot, unsigned key_slot, const unsigned *slots, size_t n)
{
    std::string packed = doc->doc.get_value(key_slot);
    packed += '\x1e';
    for (size_t i = 0; i < n; i++) {
        std::string v = doc->doc.get_value(slots[i]);
        if (v.empty() || slots[i] > 0xdf)
            continue;
        packed += (char)(slots[i] + 0x20);
        packed += v;
        packed += '\x1e';
    }
    doc->doc.add_value(dest_slot, packed);
}

void
zx_doc_set_data(zx_doc *doc, const void *data, size_t len)
{
    doc->doc.set_data(std::string(static_cast<const char *>(data), len));
}

zx_query *
zx_query_term(const char *term, unsigned wqf, unsigned pos)
{
    return new zx_query{Xapian::Query(term, wqf, pos)};
}

zx_query *
zx_query_all(void)
{
    return new zx_query{Xapian::Query::MatchAll};
}
zx_query *
zx_query_none(void)
{
    return new zx_query{Xapian::Query::MatchNothing};
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

void
zx_set_count_thread(bool on)
{
    count_thread = on;
}

zx_status
zx_search(zx_db *db, const zx_query *q, const zx_search_opts *opts, zx_result **out, char **errmsg)
{
    *out = nullptr;
    auto r = std::make_unique<zx_result>();
    zx_status st = with_parts(db, errmsg, [&]() {
        r = std::make_unique<zx_result>();
        Xapian::Enquire enquire(db->rdb);
        enquire.set_query(q->q);
        if (opts->collapse_slot >= 0)
            enquire.set_collapse_key(opts->collapse_slot, 1);
        if (opts->sort_slot >= 0)
            enquire.set_sort_by_value_then_relevance(opts->sort_slot, opts->sort_reverse);
        else if (opts->ties_by_collapse_key && opts->collapse_slot >= 0)
            enquire.set_sort_by_relevance_then_value(opts->collapse_slot, false);
        std::vector<zx_facet_spec> specs(opts->facets, opts->facets + opts->n_facets);
        FacetSpy spy(opts->collapse_slot, specs);
        std::shared_ptr<const FacetTable> table =
            opts->exact_counts ? facet_table(db, opts->collapse_slot, specs) : nullptr;
        std::unique_ptr<TableSpy> tspy = table ? std::make_unique<TableSpy>(table) : nullptr;
        // A remote part runs only the match spies Xapian registers itself:
        // there facets come from the packed slot, counted by value.
        bool remote = db->any_remote;
        Xapian::doccount check = opts->exact_counts ? db->rdb.get_doccount() : 0;
        if (tspy) {
            // Counting needs every match, ranking only the best: one
            // unweighted pass feeds the table's spy, and the ranked pass asks
            // for the page only (check_at_least 0), so Xapian may skip what
            // cannot reach it.  With a core to spare, the counting pass runs
            // on it, over its own handle and its own copy of the query (a
            // Query's reference counts are not atomic), while this thread
            // ranks and returns; the counts are waited for when first asked
            // for (settle).
            auto p = std::make_unique<Pending>();
            p->db = db;
            p->running = std::make_unique<Running>();
            p->query = q->q;
            p->specs = specs;
            p->collapse_slot = opts->collapse_slot;
            p->check = check;
            Xapian::Query copy;
            bool apart = p->running->alone() && counter_ready(db, *table);
            try {
                if (apart)
                    copy = Xapian::Query::unserialise(q->q.serialise());
            } catch (const Xapian::Error &) {
                apart = false; // a query Xapian cannot serialise
            }
            p->counter = std::make_unique<Xapian::Enquire>(apart ? db->counter : db->rdb);
            p->counter->set_query(apart ? copy : q->q);
            copy = Xapian::Query(); // the counter's reference is then the only one
            p->counter->set_weighting_scheme(Xapian::BoolWeight());
            p->counter->add_matchspy(tspy.get());
            p->tspy = std::move(tspy);
            Xapian::Enquire *counter = p->counter.get();
            if (apart) {
                try {
                    p->done = std::async(std::launch::async, [counter, check]() { counter->get_mset(0, 0, check); });
                    p->on_counter = db->counting = true;
                } catch (const std::system_error &) {
                    apart = false; // no thread to be had
                }
            }
            if (!apart)
                counter->get_mset(0, 0, check);
            r->pending = std::move(p); // from here, freeing r waits for the thread
            check = 0;
        }
        std::unique_ptr<Xapian::ValueCountMatchSpy> packed;
        if (!remote && !r->pending) {
            enquire.add_matchspy(&spy);
        } else if (remote && opts->facets_packed) {
            packed = std::make_unique<Xapian::ValueCountMatchSpy>(opts->facet_pack_slot);
            enquire.add_matchspy(packed.get());
        }
        r->mset = enquire.get_mset(opts->offset, opts->limit, check);
        for (auto it = r->mset.begin(); it != r->mset.end(); ++it)
            r->data.push_back(it.get_document().get_data());
        enquire.clear_matchspies();
        if (r->pending)
            return ZX_OK;
        if (packed) {
            for (auto it = packed->values_begin(); it != packed->values_end(); ++it)
                spy.add_packed(*it, it.get_termfreq());
            if (opts->collapse_slot >= 0 && opts->exact_counts)
                r->collapsed = more_units(spy, r->mset);
        }
        bool spied = !remote || packed;
        r->total = opts->exact_counts && spied ? spy.total() : r->mset.get_matches_estimated();
        r->facets = spy.facets();
        return ZX_OK;
    });
    if (st == ZX_OK)
        *out = r.release();
    return st;
}

} // extern "C"

namespace
{

// Takes a result's counts from its counting pass, waiting for its thread;
// counts again on this thread with FacetSpy if that pass failed or met
// matches out of docid order.  A result is read by one thread at a time,
// so the counts it fills in are its own.
void
settle(const zx_result *cr)
{
    zx_result *r = const_cast<zx_result *>(cr);
    if (!r->pending)
        return;
    Pending &p = *r->pending;
    bool ok = true;
    try {
        if (p.done.valid())
            p.done.get();
    } catch (...) {
        ok = false;
        p.db->counter_part.clear(); // opened afresh by the next search
    }
    p.counter->clear_matchspies();
    if (ok && !p.tspy->retry()) {
        r->total = p.tspy->total();
        r->facets = p.tspy->facets();
        // Docids of the multi-database map onto the one part the table
        // was built from: part i of n holds docid d as (d - 1) * n + i + 1.
        const Xapian::doccount n = parts_up(p.db);
        for (auto it = r->mset.begin(); it != r->mset.end(); ++it)
            r->collapsed.push_back(p.tspy->more_units((*it - 1) / n + 1));
    } else {
        try {
            Xapian::Enquire again(p.db->rdb);
            again.set_query(p.query);
            again.set_weighting_scheme(Xapian::BoolWeight());
            FacetSpy spy(p.collapse_slot, p.specs);
            again.add_matchspy(&spy);
            again.get_mset(0, 0, p.check);
            again.clear_matchspies();
            r->total = spy.total();
            r->facets = spy.facets();
            r->collapsed = more_units(spy, r->mset);
        } catch (const Xapian::Error &) {
            r->total = r->mset.get_matches_estimated(); // no counts to be had
            r->facets.clear();
            r->collapsed.clear();
        }
    }
    r->pending.reset();
}

} // namespace

extern "C" {

void
zx_result_free(zx_result *r)
{
    delete r;
}
unsigned
zx_result_total(const zx_result *r)
{
    settle(r);
    return r->total;
}
size_t
zx_result_size(const zx_result *r)
{
    return r->data.size();
}

const char *
zx_result_data(const zx_result *r, size_t i, size_t *len)
{
    if (len)
        *len = r->data[i].size();
    return r->data[i].data();
}

int
zx_result_percent(const zx_result *r, size_t i)
{
    try {
        return r->mset[i].get_percent();
    } catch (...) {
        return 0;
    }
}

double
zx_result_weight(const zx_result *r, size_t i)
{
    try {
        return r->mset[i].get_weight();
    } catch (...) {
        return 0;
    }
}

unsigned
zx_result_collapse_count(const zx_result *r, size_t i)
{
    settle(r);
    if (i < r->collapsed.size())
        return r->collapsed[i];
    try {
        return r->mset[i].get_collapse_count();
    } catch (...) {
        return 0;
    }
}

size_t
zx_result_facet_size(const zx_result *r, size_t k)
{
    settle(r);
    return k < r->facets.size() ? r->facets[k].size() : 0;
}

const char *
zx_result_facet_value(const zx_result *r, size_t k, size_t j, unsigned *count)
{
    settle(r);
    const auto &p = r->facets[k][j];
    if (count)
        *count = p.second;
    return p.first.c_str();
}

zx_stemmer *
zx_stemmer_new(const char *language)
{
    try {
        return new zx_stemmer{Xapian::Stem(language)};
    } catch (...) {
        return nullptr;
    }
}

void
zx_stemmer_free(zx_stemmer *s)
{
    delete s;
}

char *
zx_stemmer_stem(zx_stemmer *s, const char *word)
{
    try {
        return g_strdup(s->stem(word).c_str());
    } catch (...) {
        return g_strdup(word);
    }
}

} // extern "C"
