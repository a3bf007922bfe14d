// zx.cc — the Xapian shim: the only C++ in Zaalt, behind the C API of zx.h.
//
// Every entry point that touches Xapian catches Xapian::Error (and
// std::exception, and bad_alloc) and turns it into a zx_status plus an
// optional g_malloc'd message.  Nothing here knows Zaalt's schema beyond what
// the caller passes in (slots, prefixes): the schema lives in schema.h.

#include "search/zx.h"

#include <glib.h>
#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct zx_db {
    std::vector<std::string> paths;
    bool writable = false;
    Xapian::Database rdb;          // the database searched (read side)
    Xapian::WritableDatabase wdb;  // valid when writable
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

namespace {

// Counts, per facet, the distinct documents (collapse values) carrying each
// value; and the distinct documents overall.  A unit that matches is seen
// once, but a document has many units, so counting units would make
// "Court of Appeal (12)" mean twelve pages, not twelve decisions.
class FacetSpy : public Xapian::MatchSpy {
  public:
    FacetSpy(int collapse_slot, std::vector<zx_facet_spec> specs)
        : collapse_slot_(collapse_slot), specs_(std::move(specs)), counts_(specs_.size()),
          seen_(specs_.size()) {}

    void operator()(const Xapian::Document &doc, double) override {
        std::string parent;
        if (collapse_slot_ >= 0) {
            parent = doc.get_value(collapse_slot_);
        } else {
            parent = std::to_string(doc.get_docid());
        }
        bool first = parents_.insert(parent).second;
        const uint64_t parent_hash = std::hash<std::string>{}(parent);
        for (size_t k = 0; k < specs_.size(); k++) {
            // A value every unit of a document shares (its type, year,
            // court…) is read and counted at the document's first unit
            // only: reading values is most of what this spy costs.
            if (specs_[k].same_in_document && !first)
                continue;
            std::string v = doc.get_value(specs_[k].slot);
            if (v.empty())
                continue;
            if (!specs_[k].multi) {
                count(k, parent_hash, v, specs_[k].same_in_document);
                continue;
            }
            size_t start = 0;
            while (start < v.size()) {
                size_t end = v.find('\n', start);
                if (end == std::string::npos)
                    end = v.size();
                if (end > start)
                    count(k, parent_hash, v.substr(start, end - start), false);
                start = end + 1;
            }
        }
    }

    unsigned total() const { return (unsigned)parents_.size(); }
    const std::vector<std::map<std::string, unsigned>> &counts() const { return counts_; }

  private:
    // (document, value) pairs already counted, by a 64-bit hash of both:
    // no string is built per unit.
    void count(size_t k, uint64_t parent_hash, const std::string &v, bool once_per_document) {
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
    std::unordered_set<std::string> parents_;
};

zx_status set_error(char **errmsg, zx_status st, const std::string &msg) {
    if (errmsg)
        *errmsg = g_strdup(msg.c_str());
    return st;
}

zx_status from_xapian(const Xapian::Error &e, char **errmsg) {
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
    else if (type == "DatabaseCorruptError" || type == "DatabaseVersionError" ||
             type == "DatabaseOpeningError")
        st = ZX_CORRUPT;
    return set_error(errmsg, st, msg);
}

// Wraps a body so that no exception escapes into C.
template <typename F>
zx_status guarded(char **errmsg, F body) {
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

Xapian::Query::op to_op(zx_op op) {
    switch (op) {
    case ZX_OP_AND: return Xapian::Query::OP_AND;
    case ZX_OP_OR: return Xapian::Query::OP_OR;
    case ZX_OP_AND_NOT: return Xapian::Query::OP_AND_NOT;
    case ZX_OP_FILTER: return Xapian::Query::OP_FILTER;
    case ZX_OP_AND_MAYBE: return Xapian::Query::OP_AND_MAYBE;
    case ZX_OP_SYNONYM: return Xapian::Query::OP_SYNONYM;
    }
    return Xapian::Query::OP_AND;
}

}  // namespace

struct zx_result {
    Xapian::MSet mset;
    std::vector<std::string> data;
    unsigned total = 0;
    std::vector<std::vector<std::pair<std::string, unsigned>>> facets;
};

extern "C" {

zx_status zx_db_open_read(const char *const *paths, size_t n, zx_db **out, char **errmsg) {
    *out = nullptr;
    auto db = std::make_unique<zx_db>();
    zx_status st = guarded(errmsg, [&]() {
        for (size_t i = 0; i < n; i++) {
            db->paths.emplace_back(paths[i]);
            db->rdb.add_database(Xapian::Database(paths[i]));
        }
        return ZX_OK;
    });
    if (st == ZX_OK)
        *out = db.release();
    return st;
}

zx_status zx_db_open_write(const char *path, zx_db **out, char **errmsg) {
    *out = nullptr;
    auto db = std::make_unique<zx_db>();
    zx_status st = guarded(errmsg, [&]() {
        db->paths.emplace_back(path);
        db->wdb = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
        db->rdb = db->wdb;
        db->writable = true;
        return ZX_OK;
    });
    if (st == ZX_OK)
        *out = db.release();
    return st;
}

void zx_db_close(zx_db *db) {
    if (!db)
        return;
    try {
        if (db->writable)
            db->wdb.close();
        else
            db->rdb.close();
    } catch (...) {
        // Closing discards uncommitted changes; nothing useful to report.
    }
    delete db;
}

zx_status zx_db_reopen(zx_db *db, bool *changed, char **errmsg) {
    return guarded(errmsg, [&]() {
        bool c = db->rdb.reopen();
        if (changed)
            *changed = c;
        return ZX_OK;
    });
}

unsigned zx_db_doccount(zx_db *db) {
    try {
        return db->rdb.get_doccount();
    } catch (...) {
        return 0;
    }
}

unsigned zx_db_termfreq(zx_db *db, const char *term) {
    try {
        return db->rdb.get_termfreq(term);
    } catch (...) {
        return 0;
    }
}

char *zx_db_get_metadata(zx_db *db, const char *key) {
    try {
        std::string v = db->rdb.get_metadata(key);
        if (v.empty())
            return nullptr;
        return g_strndup(v.data(), v.size());
    } catch (...) {
        return nullptr;
    }
}

zx_status zx_db_set_metadata(zx_db *db, const char *key, const char *value, char **errmsg) {
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.set_metadata(key, value ? value : "");
        return ZX_OK;
    });
}

zx_status zx_db_metadata_each(zx_db *db, const char *prefix, zx_kv_fn fn, void *user, char **errmsg) {
    // A multi-database answers metadata from its first part only: walk each
    // part (a reader's levels, or the writer's one database).
    return guarded(errmsg, [&]() {
        for (const std::string &path : db->paths) {
            Xapian::Database part = db->writable ? Xapian::Database(db->wdb) : Xapian::Database(path);
            for (auto it = part.metadata_keys_begin(prefix); it != part.metadata_keys_end(prefix); ++it) {
                std::string key = *it;
                std::string value = part.get_metadata(key);
                fn(key.c_str(), value.c_str(), user);
            }
        }
        return ZX_OK;
    });
}

zx_status zx_db_terms_each(zx_db *db, const char *prefix, zx_term_fn fn, void *user, char **errmsg) {
    return guarded(errmsg, [&]() {
        for (auto it = db->rdb.allterms_begin(prefix); it != db->rdb.allterms_end(prefix); ++it) {
            std::string term = *it;
            fn(term.c_str(), it.get_termfreq(), user);
        }
        return ZX_OK;
    });
}

zx_status zx_db_unprefixed_terms_each(zx_db *db, zx_term_fn fn, void *user, char **errmsg) {
    return guarded(errmsg, [&]() {
        auto end = db->rdb.allterms_end();
        for (auto it = db->rdb.allterms_begin(); it != end;) {
            std::string term = *it;
            if (!term.empty() && term[0] >= 'A' && term[0] <= 'Z') {
                it.skip_to("[");  // the byte after 'Z': past every prefixed term
                continue;
            }
            fn(term.c_str(), it.get_termfreq(), user);
            ++it;
        }
        return ZX_OK;
    });
}

zx_status zx_db_data_by_term(zx_db *db, const char *term, int sort_slot, zx_data_fn fn, void *user,
                             char **errmsg) {
    return guarded(errmsg, [&]() {
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

zx_status zx_db_replace(zx_db *db, const char *unique_term, zx_doc *doc, char **errmsg) {
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.replace_document(unique_term, doc->doc);
        return ZX_OK;
    });
}

zx_status zx_db_delete(zx_db *db, const char *term, char **errmsg) {
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.delete_document(term);
        return ZX_OK;
    });
}

zx_status zx_db_commit(zx_db *db, char **errmsg) {
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.commit();
        return ZX_OK;
    });
}

zx_status zx_db_add_spelling(zx_db *db, const char *word, unsigned freq, char **errmsg) {
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.add_spelling(word, freq);
        return ZX_OK;
    });
}

zx_status zx_db_add_synonym(zx_db *db, const char *term, const char *synonym, char **errmsg) {
    if (!db->writable)
        return set_error(errmsg, ZX_ERROR, "database is read-only");
    return guarded(errmsg, [&]() {
        db->wdb.add_synonym(term, synonym);
        return ZX_OK;
    });
}

char *zx_db_spelling_suggestion(zx_db *db, const char *word, unsigned max_edit) {
    try {
        std::string s = db->rdb.get_spelling_suggestion(word, max_edit);
        return s.empty() ? nullptr : g_strdup(s.c_str());
    } catch (...) {
        return nullptr;
    }
}

zx_doc *zx_doc_new(void) { return new zx_doc(); }
void zx_doc_free(zx_doc *doc) { delete doc; }

char *zx_doc_serialise(const zx_doc *doc, size_t *len) {
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

zx_doc *zx_doc_unserialise(const void *data, size_t len, char **errmsg) {
    zx_doc *out = nullptr;
    zx_status s = guarded(errmsg, [&]() {
        std::unique_ptr<zx_doc> d(new zx_doc());
        d->doc = Xapian::Document::unserialise(std::string(static_cast<const char *>(data), len));
        out = d.release();
        return ZX_OK;
    });
    return s == ZX_OK ? out : nullptr;
}

void zx_doc_add_term(zx_doc *doc, const char *term, unsigned wdf) {
    try {
        doc->doc.add_term(term, wdf);
    } catch (...) {
        // Xapian only rejects terms over 245 bytes at commit; callers cap length.
    }
}

void zx_doc_add_posting(zx_doc *doc, const char *term, unsigned pos, unsigned wdf) {
    try {
        doc->doc.add_posting(term, pos, wdf);
    } catch (...) {
    }
}

void zx_doc_add_boolean(zx_doc *doc, const char *term) {
    try {
        doc->doc.add_boolean_term(term);
    } catch (...) {
    }
}

void zx_doc_set_value(zx_doc *doc, unsigned slot, const char *value, size_t len) {
    doc->doc.add_value(slot, std::string(value, len));
}

void zx_doc_set_data(zx_doc *doc, const void *data, size_t len) {
    doc->doc.set_data(std::string(static_cast<const char *>(data), len));
}

zx_query *zx_query_term(const char *term, unsigned wqf, unsigned pos) {
    return new zx_query{Xapian::Query(term, wqf, pos)};
}

zx_query *zx_query_all(void) { return new zx_query{Xapian::Query::MatchAll}; }
zx_query *zx_query_none(void) { return new zx_query{Xapian::Query::MatchNothing}; }

zx_query *zx_query_combine(zx_op op, zx_query **subs, size_t n) {
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

zx_query *zx_query_phrase(zx_query **subs, size_t n, unsigned window) {
    std::vector<Xapian::Query> qs;
    for (size_t i = 0; i < n; i++) {
        qs.push_back(subs[i]->q);
        delete subs[i];
    }
    if (qs.size() == 1)
        return new zx_query{qs[0]};
    return new zx_query{Xapian::Query(Xapian::Query::OP_PHRASE, qs.begin(), qs.end(),
                                      window ? window : (unsigned)qs.size())};
}

zx_query *zx_query_scale(zx_query *q, double factor) {
    Xapian::Query scaled(Xapian::Query::OP_SCALE_WEIGHT, q->q, factor);
    q->q = scaled;
    return q;
}

zx_query *zx_query_value_range(unsigned slot, const char *lo, const char *hi) {
    if (lo && hi)
        return new zx_query{Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, lo, hi)};
    if (lo)
        return new zx_query{Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, lo)};
    if (hi)
        return new zx_query{Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, hi)};
    return zx_query_all();
}

zx_query *zx_query_copy(const zx_query *q) { return new zx_query{q->q}; }
void zx_query_free(zx_query *q) { delete q; }
bool zx_query_is_empty(const zx_query *q) { return q->q.empty(); }

char *zx_query_describe(const zx_query *q) { return g_strdup(q->q.get_description().c_str()); }

zx_status zx_search(zx_db *db, const zx_query *q, const zx_search_opts *opts, zx_result **out,
                    char **errmsg) {
    *out = nullptr;
    auto r = std::make_unique<zx_result>();
    zx_status st = guarded(errmsg, [&]() {
        Xapian::Enquire enquire(db->rdb);
        enquire.set_query(q->q);
        if (opts->collapse_slot >= 0)
            enquire.set_collapse_key(opts->collapse_slot, 1);
        if (opts->sort_slot >= 0)
            enquire.set_sort_by_value_then_relevance(opts->sort_slot, opts->sort_reverse);
        std::vector<zx_facet_spec> specs(opts->facets, opts->facets + opts->n_facets);
        FacetSpy spy(opts->collapse_slot, specs);
        enquire.add_matchspy(&spy);
        Xapian::doccount check = opts->exact_counts ? db->rdb.get_doccount() : 0;
        r->mset = enquire.get_mset(opts->offset, opts->limit, check);
        for (auto it = r->mset.begin(); it != r->mset.end(); ++it)
            r->data.push_back(it.get_document().get_data());
        r->total = opts->exact_counts ? spy.total() : r->mset.get_matches_estimated();
        for (auto &m : spy.counts()) {
            std::vector<std::pair<std::string, unsigned>> v(m.begin(), m.end());
            r->facets.push_back(std::move(v));
        }
        enquire.clear_matchspies();
        return ZX_OK;
    });
    if (st == ZX_OK)
        *out = r.release();
    return st;
}

void zx_result_free(zx_result *r) { delete r; }
unsigned zx_result_total(const zx_result *r) { return r->total; }
size_t zx_result_size(const zx_result *r) { return r->data.size(); }

const char *zx_result_data(const zx_result *r, size_t i, size_t *len) {
    if (len)
        *len = r->data[i].size();
    return r->data[i].data();
}

int zx_result_percent(const zx_result *r, size_t i) {
    try {
        return r->mset[i].get_percent();
    } catch (...) {
        return 0;
    }
}

double zx_result_weight(const zx_result *r, size_t i) {
    try {
        return r->mset[i].get_weight();
    } catch (...) {
        return 0;
    }
}

unsigned zx_result_collapse_count(const zx_result *r, size_t i) {
    try {
        return r->mset[i].get_collapse_count();
    } catch (...) {
        return 0;
    }
}

size_t zx_result_facet_size(const zx_result *r, size_t k) {
    return k < r->facets.size() ? r->facets[k].size() : 0;
}

const char *zx_result_facet_value(const zx_result *r, size_t k, size_t j, unsigned *count) {
    const auto &p = r->facets[k][j];
    if (count)
        *count = p.second;
    return p.first.c_str();
}

zx_stemmer *zx_stemmer_new(const char *language) {
    try {
        return new zx_stemmer{Xapian::Stem(language)};
    } catch (...) {
        return nullptr;
    }
}

void zx_stemmer_free(zx_stemmer *s) { delete s; }

char *zx_stemmer_stem(zx_stemmer *s, const char *word) {
    try {
        return g_strdup(s->stem(word).c_str());
    } catch (...) {
        return g_strdup(word);
    }
}

}  // extern "C"
