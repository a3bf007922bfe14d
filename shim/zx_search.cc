// zx_search.cc — running a query: the ranked pass for the page, the
// counting of every match for the total, facets and "N more in this
// document" (one pass a part over its facet table, on a second thread while
// the page is ranked when a core is free; or a spy on the ranked pass
// itself), and
// the results, whose counts are settled when first asked for.
//
// Threads: a search's counting thread reads only what is its own (its copy
// of the query, the handle's second databases `counters`, immutable
// FacetTables) and writes only its TableSpies; the caller's thread waits for it
// before reading the spy (settle) or freeing the result.  A handle is used
// by one thread at a time, as every zx_db.
//
// Not for: how values are counted (zx_facets.cc), opening the parts
// (zx_parts.cc).

#include "shim/zx_facets.hh"
#include "shim/zx_internal.hh"

#include <future>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

using namespace zx;

namespace
{

// A search counting over a zx_tables' tables, while it lasts; it may take
// a second core only while fewer such searches run than there are cores.
struct Running {
    explicit Running(zx_tables &t) : t_(t)
    {
        n_ = ++t_.counting;
    }
    ~Running()
    {
        --t_.counting;
    }
    Running(const Running &) = delete;
    Running &operator=(const Running &) = delete;
    bool core_free() const
    {
        return n_ < t_.cores;
    }
    zx_tables &t_;
    int n_;
};

// A second handle on a table's part at the table's revision, for the
// counting thread; null when it cannot be had, and the counting stays on
// this thread.
Xapian::Database *
counter_ready(zx_db *db, const FacetTable &t)
{
    if (t.part.empty())
        return nullptr;
    try {
        auto it = db->counters.find(t.part);
        if (it == db->counters.end())
            it = db->counters.emplace(t.part, Xapian::Database(t.part)).first;
        if (it->second.get_revision() != t.revision)
            it->second.reopen();
        if (it->second.get_revision() == t.revision)
            return &it->second;
    } catch (const Xapian::Error &) {
    }
    db->counters.erase(t.part);
    return nullptr;
}

// One part's counting: an unweighted search of that part alone feeding
// the spy of its table.
struct PartCount {
    size_t sub = 0; // the part's place among the reader's sub-databases
    std::unique_ptr<TableSpy> tspy;
    std::unique_ptr<Xapian::Enquire> enquire;
};

// A search's counting pass over the facet tables: on another thread while
// the search ranks (then `done` is valid and db->counters are this pass's),
// or already run on the caller's.  The result's total, facets and collapse
// counts are taken from it when first asked for (settle), so that the
// caller builds its hits meanwhile.
struct Pending {
    zx_db *db = nullptr;
    bool on_counter = false; // counts over db->counters, on its own thread
    std::unique_ptr<Running> running;
    std::vector<PartCount> parts;
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

// The up part that is sub-database `sub` of the reader's multi-database.
Xapian::Database
part_of(const zx_db *db, size_t sub)
{
    for (const zx_part &p : db->parts)
        if (p.up && sub-- == 0)
            return p.db;
    return db->rdb; // cannot happen: facet_tables numbers the up parts
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

namespace
{

// Starts the counting pass over `tables` for `r`: on a thread of its own
// when a core is free and the caller allows it, else here and now.
void
count_over_tables(zx_db *db, const zx_query *q, const zx_search_opts *opts, const std::vector<zx_facet_spec> &specs,
                  const std::vector<PartTable> &tables, Xapian::doccount check, zx_result *r)
{
    // Counting needs every match, ranking only the best: one unweighted
    // pass a part feeds that part's table's spy, and the ranked pass asks
    // for the page only (check_at_least 0), so Xapian may skip what cannot
    // reach it.  With a core to spare, the counting passes run on it, over
    // handles of their own and their own copy of the query (a Query's
    // reference counts are not atomic), while this thread ranks and
    // returns; the counts are waited for when first asked for (settle).
    auto p = std::make_unique<Pending>();
    p->db = db;
    p->running = std::make_unique<Running>(*db->tables);
    p->query = q->q;
    p->specs = specs;
    p->collapse_slot = opts->collapse_slot;
    p->check = check;
    bool apart = !opts->count_on_caller && !db->counting && p->running->core_free();
    std::vector<Xapian::Database *> handles;
    for (const PartTable &pt : tables) {
        Xapian::Database *h = apart ? counter_ready(db, *pt.table) : nullptr;
        apart = apart && h;
        handles.push_back(h);
    }
    Xapian::Query copy;
    try {
        if (apart)
            copy = Xapian::Query::unserialise(q->q.serialise());
    } catch (const Xapian::Error &) {
        apart = false; // a query Xapian cannot serialise
    }
    for (size_t i = 0; i < tables.size(); i++) {
        const PartTable &pt = tables[i];
        PartCount c;
        c.sub = pt.sub;
        Xapian::Database on = apart ? *handles[i] : part_of(db, pt.sub);
        c.enquire = std::make_unique<Xapian::Enquire>(on);
        c.enquire->set_query(apart ? copy : q->q);
        c.enquire->set_weighting_scheme(Xapian::BoolWeight());
        c.tspy = std::make_unique<TableSpy>(pt.table);
        c.enquire->add_matchspy(c.tspy.get());
        p->parts.push_back(std::move(c));
    }
    copy = Xapian::Query(); // the counters' references are then the only ones
    std::vector<Xapian::Enquire *> enquires;
    for (PartCount &c : p->parts)
        enquires.push_back(c.enquire.get());
    if (apart) {
        try {
            p->done = std::async(std::launch::async, [enquires, check]() {
                for (Xapian::Enquire *e : enquires)
                    e->get_mset(0, 0, check);
            });
            p->on_counter = db->counting = true;
        } catch (const std::system_error &) {
            apart = false; // no thread to be had
        }
    }
    if (!apart)
        for (Xapian::Enquire *e : enquires)
            e->get_mset(0, 0, check);
    r->pending = std::move(p); // from here, freeing r waits for the thread
}

// Adds one spy's counts to `sum` (both in value order, per spec).
void
add_counts(facet_counts &sum, const facet_counts &more)
{
    if (sum.empty()) {
        sum = more;
        return;
    }
    for (size_t k = 0; k < sum.size() && k < more.size(); k++) {
        std::vector<std::pair<std::string, unsigned>> merged;
        auto a = sum[k].cbegin();
        auto b = more[k].cbegin();
        while (a != sum[k].cend() || b != more[k].cend()) {
            if (b == more[k].cend() || (a != sum[k].cend() && a->first < b->first))
                merged.push_back(*a++);
            else if (a == sum[k].cend() || b->first < a->first)
                merged.push_back(*b++);
            else
                merged.emplace_back(a->first, a->second + b->second), ++a, ++b;
        }
        sum[k] = std::move(merged);
    }
}

// Takes a result's counts from its counting passes, waiting for their
// thread; counts again on this thread with FacetSpy if a pass failed or met
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
        p.db->counters.clear(); // opened afresh by the next search
    }
    for (PartCount &c : p.parts) {
        c.enquire->clear_matchspies();
        ok = ok && !c.tspy->retry();
    }
    if (ok) {
        r->total = 0;
        r->facets.clear();
        for (const PartCount &c : p.parts) {
            r->total += c.tspy->total();
            add_counts(r->facets, c.tspy->facets());
        }
        // Docids of the multi-database map onto its parts: part i of n
        // holds docid d as (d - 1) * n + i + 1.
        const Xapian::doccount n = parts_up(p.db);
        for (auto it = r->mset.begin(); it != r->mset.end(); ++it) {
            unsigned more = 0;
            for (const PartCount &c : p.parts) {
                if (c.sub == (*it - 1) % n)
                    more = c.tspy->more_units((*it - 1) / n + 1);
            }
            r->collapsed.push_back(more);
        }
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
        std::vector<PartTable> tables;
        if (opts->exact_counts)
            tables = facet_tables(db, opts->collapse_slot, specs, opts->parts_disjoint);
        // A remote part runs only the match spies Xapian registers itself:
        // there facets come from the packed slot, counted by value.
        bool remote = db->any_remote;
        Xapian::doccount check = opts->exact_counts ? db->rdb.get_doccount() : 0;
        if (!tables.empty()) {
            count_over_tables(db, q, opts, specs, tables, check, r.get());
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

} // extern "C"
