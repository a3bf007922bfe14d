// zx_search.cc — running a query: the ranked pass, which examines every
// match and keeps a window of the best units, from which the page takes
// each document's first; the counting of every match for the total, facets
// and "N more in this document" (over one part, a spy on the ranked pass
// itself; over several, one pass a part over its facet table, on a second
// thread while the page is ranked when a core is free); and the results,
// whose counts are settled when first asked for.
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

#include <algorithm>
#include <cstring>
#include <future>
#include <unordered_map>
#include <unordered_set>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

using namespace zx;

namespace
{

// Whether a pass that only counts may skip every weight (BoolWeight).
// Xapian 1.4.22 throws DatabaseCorruptError ("Unexpected end of posting
// list") when a term that indexes every document of a database whose
// docids have gaps drives such a pass alone or under OR or AND_NOT: the
// index after an update run, a changed file's units numbered anew at the
// end, and `status:any` such a term.  There, and over several databases
// (whose own gaps cannot be seen from here), weights are worked out and
// thrown away (/zx/search/count-after-update).
bool
may_skip_weights(const Xapian::Database &db, const Xapian::Query &q, bool one_database)
{
    if (!one_database)
        return false;
    if (db.get_lastdocid() == db.get_doccount())
        return true;
    for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t)
        if (!(*t).empty() && db.get_termfreq(*t) == db.get_doccount())
            return false;
    return true;
}

} // namespace

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

// Per hit (by its collapse value), the other matching units of its
// document, as a spy counted them.
std::vector<unsigned>
more_units(const FacetSpy &spy, const std::vector<std::string> &keys)
{
    std::vector<unsigned> out;
    for (const std::string &k : keys) {
        unsigned n = spy.units(k);
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

// Whether the ranked pass may read its one table by the docids Xapian
// hands spies and key makers (those within a unit's own part): true when
// the reader searches one part, the table's.
bool
ranked_pass_reads_table(const zx_db *db, const std::vector<PartTable> &tables)
{
    return tables.size() == 1 && parts_up(db) == 1;
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
    // The units ranked: over local parts a window of the best units, not
    // collapsed (rank_local); over remote ones Xapian's collapsed page.
    Xapian::MSet mset;
    std::vector<unsigned> pick;     // the hits: places in mset
    std::vector<std::string> keys;  // their collapse values ("" without)
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

// Over one part, returns the part's spy for the caller to add to its
// ranked pass, which examines every match anyway (rank_local): one pass
// instead of two.  Over several (whose spies would be handed docids that
// do not say their part), starts the counting passes over `tables` for
// `r`, on a thread of their own when a core is free and the caller allows
// it, else here and now, and returns null.
std::unique_ptr<TableSpy>
count_over_tables(zx_db *db, const zx_query *q, const zx_search_opts *opts, const std::vector<zx_facet_spec> &specs,
                  const std::vector<PartTable> &tables, Xapian::doccount check, zx_result *r)
{
    if (ranked_pass_reads_table(db, tables))
        return std::make_unique<TableSpy>(tables[0].table);
    // One unweighted pass a part feeds that part's table's spy.  With a
    // core to spare, the counting passes run on it, over handles of their
    // own and their own copy of the query (a Query's reference counts are
    // not atomic), while this thread ranks and returns; the counts are
    // waited for when first asked for (settle).
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
        if (may_skip_weights(on, apart ? copy : q->q, true))
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
    return nullptr;
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
        for (unsigned at : r->pick) {
            const Xapian::docid d = *r->mset[at];
            unsigned more = 0;
            for (const PartCount &c : p.parts) {
                if (c.sub == (d - 1) % n)
                    more = c.tspy->more_units((d - 1) / n + 1);
            }
            r->collapsed.push_back(more);
        }
    } else {
        try {
            Xapian::Enquire again(p.db->rdb);
            again.set_query(p.query);
            // Over every part at once: weighed (may_skip_weights).
            FacetSpy spy(p.collapse_slot, p.specs);
            again.add_matchspy(&spy);
            again.get_mset(0, 0, p.check);
            again.clear_matchspies();
            r->total = spy.total();
            r->facets = spy.facets();
            r->collapsed = more_units(spy, r->keys);
        } catch (const Xapian::Error &) {
            r->total = r->mset.get_matches_estimated(); // no counts to be had
            r->facets.clear();
            r->collapsed.clear();
        }
    }
    r->pending.reset();
}

} // namespace

namespace
{

// A ranked unit's collapse value: its sort key when the units were sorted
// by it (`by_collapse`), which costs no read; else its value.
std::string
collapse_value(const Xapian::MSetIterator &it, int collapse_slot, bool by_collapse)
{
    if (collapse_slot < 0)
        return std::string();
    return by_collapse ? it.get_sort_key() : it.get_document().get_value(collapse_slot);
}

// Fills r->pick and r->keys with the page: from the ranked units of
// r->mset, each document's first, from the offset-th document on.  False
// when the window ran out first and held fewer matches than it could.
bool
pick_page(zx_result *r, int collapse_slot, bool by_collapse, unsigned offset, unsigned limit,
          Xapian::doccount window)
{
    r->pick.clear();
    r->keys.clear();
    std::unordered_set<std::string> seen;
    unsigned docs = 0;
    for (auto it = r->mset.begin(); it != r->mset.end() && r->pick.size() < limit; ++it) {
        std::string key = collapse_value(it, collapse_slot, by_collapse);
        if (collapse_slot >= 0 && !seen.insert(key).second)
            continue;
        if (docs++ < offset)
            continue;
        r->pick.push_back((unsigned)(it - r->mset.begin()));
        r->keys.push_back(std::move(key));
    }
    return r->pick.size() == limit || r->mset.size() < window;
}

// The ranked pass over local parts, spies attached.  It examines every
// match: Xapian 1.4's skipping of matches that cannot reach the page
// (check_at_least below the matches) is not exact for the queries built
// here.  Over the national corpus at 100k units it left a unit that
// belonged on the first page off it for 21 of the speed log's 1,200
// queries, 10 of them the best hit (the Criminal Code's article on forced
// labour for "хөдөлмөрийн мөлжлөг"): an OR under AND_MAYBE losing units
// that only one branch matched.  Examining every match, Xapian's own
// collapsing keeps each document's best unit as it goes, and costs ten
// times the pass; so the pass ranks units, keeping a window of the best
// ones, and the page takes each document's first (pick_page).  A window
// holding too few documents (one document's units filling it) is asked
// again, four times wider, with the spies, which have seen every match,
// taken off.
void
rank_local(Xapian::Enquire &enquire, const zx_search_opts *opts, Xapian::doccount all, bool by_collapse,
           zx_result *r)
{
    const Xapian::doccount want = opts->offset + opts->limit;
    Xapian::doccount window = opts->limit == 0 ? 0 : opts->collapse_slot >= 0 ? want * 4 + 40 : want;
    for (;;) {
        r->mset = enquire.get_mset(0, window, all);
        if (pick_page(r, opts->collapse_slot, by_collapse, opts->offset, opts->limit, window) || window >= all)
            break;
        enquire.clear_matchspies();
        window = std::min<Xapian::doccount>(window * 4, all);
    }
    enquire.clear_matchspies();
    for (unsigned at : r->pick)
        r->data.push_back(r->mset[at].get_document().get_data());
}

// Without counts: per hit, the other units of its document in the window
// (a lower bound, as Xapian's collapse count), and the documents matched:
// those of the window when it held every match, else the units matched
// (at least as many).
unsigned
window_counts(zx_result *r, int collapse_slot, bool by_collapse)
{
    if (collapse_slot < 0)
        return r->mset.get_matches_estimated();
    std::unordered_map<std::string, unsigned> units;
    for (auto it = r->mset.begin(); it != r->mset.end(); ++it)
        units[collapse_value(it, collapse_slot, by_collapse)]++;
    for (const std::string &k : r->keys)
        r->collapsed.push_back(units[k] - 1);
    if (r->mset.size() < r->mset.get_matches_upper_bound())
        return r->mset.get_matches_estimated();
    return (unsigned)units.size();
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
        // A remote part runs only the match spies Xapian registers itself:
        // there facets come from the packed slot, counted by value, and
        // Xapian collapses the page.
        const bool remote = db->any_remote;
        Xapian::Enquire enquire(db->rdb);
        enquire.set_query(q->q);
        if (remote && opts->collapse_slot >= 0)
            enquire.set_collapse_key(opts->collapse_slot, 1);
        std::vector<zx_facet_spec> specs(opts->facets, opts->facets + opts->n_facets);
        FacetSpy spy(opts->collapse_slot, specs);
        std::vector<PartTable> tables;
        if (opts->exact_counts && !remote)
            tables = facet_tables(db, opts->collapse_slot, specs, opts->parts_disjoint);
        bool by_collapse = false; // the units' sort keys are their collapse values
        if (opts->sort_slot >= 0) {
            enquire.set_sort_by_value_then_relevance(opts->sort_slot, opts->sort_reverse);
        } else if (opts->ties_by_collapse_key && opts->collapse_slot >= 0) {
            if (ranked_pass_reads_table(db, tables) && !opts->ties_from_values)
                enquire.set_sort_by_relevance_then_key((new TableKeys(tables[0].table))->release(), false);
            else
                enquire.set_sort_by_relevance_then_value(opts->collapse_slot, false);
            by_collapse = true;
        }
        const Xapian::doccount all = std::max<Xapian::doccount>(db->rdb.get_doccount(), 1);
        std::unique_ptr<TableSpy> here;
        if (!tables.empty())
            here = count_over_tables(db, q, opts, specs, tables, all, r.get());
        std::unique_ptr<Xapian::ValueCountMatchSpy> packed;
        if (here) {
            enquire.add_matchspy(here.get());
        } else if (!remote && !r->pending && opts->exact_counts) {
            enquire.add_matchspy(&spy);
        } else if (remote && opts->facets_packed) {
            packed = std::make_unique<Xapian::ValueCountMatchSpy>(opts->facet_pack_slot);
            enquire.add_matchspy(packed.get());
        }
        if (!remote) {
            rank_local(enquire, opts, all, by_collapse, r.get());
        } else {
            r->mset = enquire.get_mset(opts->offset, opts->limit, all);
            enquire.clear_matchspies();
            for (auto it = r->mset.begin(); it != r->mset.end(); ++it) {
                r->pick.push_back((unsigned)(it - r->mset.begin()));
                r->keys.push_back(it.get_collapse_key());
                r->data.push_back(it.get_document().get_data());
            }
        }
        if (r->pending)
            return ZX_OK;
        if (here && !here->retry()) {
            r->total = here->total();
            r->facets = here->facets();
            for (unsigned at : r->pick)
                r->collapsed.push_back(here->more_units(*r->mset[at]));
            return ZX_OK;
        }
        if (here) {
            // Matches met out of docid order: count again with values.
            Xapian::Enquire again(db->rdb);
            again.set_query(q->q);
            if (may_skip_weights(db->rdb, q->q, parts_up(db) == 1))
                again.set_weighting_scheme(Xapian::BoolWeight());
            again.add_matchspy(&spy);
            again.get_mset(0, 0, all);
            again.clear_matchspies();
        }
        if (packed) {
            for (auto it = packed->values_begin(); it != packed->values_end(); ++it)
                spy.add_packed(*it, it.get_termfreq());
        }
        if (opts->collapse_slot >= 0 && opts->exact_counts && (!remote || packed))
            r->collapsed = more_units(spy, r->keys);
        if (!opts->exact_counts)
            r->total = remote ? r->mset.get_matches_estimated() : window_counts(r.get(), opts->collapse_slot, by_collapse);
        else
            r->total = !remote || packed ? spy.total() : r->mset.get_matches_estimated();
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
        return r->mset[r->pick.at(i)].get_percent();
    } catch (...) {
        return 0;
    }
}

double
zx_result_weight(const zx_result *r, size_t i)
{
    try {
        return r->mset[r->pick.at(i)].get_weight();
    } catch (...) {
        return 0;
    }
}

char *
zx_result_value(const zx_result *r, size_t i, unsigned slot)
{
    try {
        std::string v = r->mset[r->pick.at(i)].get_document().get_value(slot);
        return v.empty() ? nullptr : strdup(v.c_str());
    } catch (...) {
        return nullptr;
    }
}

unsigned
zx_result_collapse_count(const zx_result *r, size_t i)
{
    settle(r);
    if (i < r->collapsed.size())
        return r->collapsed[i];
    try {
        return r->mset[r->pick.at(i)].get_collapse_count();
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
