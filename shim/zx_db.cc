// zx_db.cc — reading and writing through an open database handle: the
// writer (zx_db_open_write), closing, reopening and compacting, document and term counts,
// metadata (one part's, or whether every part agrees), walks over terms and
// over the documents a term indexes, the writes (documents, spelling,
// synonyms, commit) and spelling suggestions.  A reader's calls run through
// with_parts, so a remote part that stops answering costs its documents, not
// the call.
//
// Not for: opening a reader's parts and reconnecting them (zx_parts.cc), or
// searching (zx_search.cc).

#include "shim/zx_internal.hh"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace zx;

extern "C" {

// Whether `path` is a glass database whose creation was cut short: Xapian
// makes its tables' files empty, then writes iamglass, and only a commit
// puts anything in a table.  A run killed between the two (t98's soak met
// it) left a folder that Xapian takes for a database and cannot open
// (DatabaseNotFoundError: iamglass), so the index never opened again.
// Xapian writes iamglass as v.tmp and renames it: a run killed between
// those leaves v.tmp too (t98's soak under ASan met it).  With no iamglass
// and every table empty, nothing was ever committed there: the folder's
// files are removed and the database made anew.  A table holding anything
// without iamglass stays an error: that is damage.
static void
clear_unfinished_creation(const char *path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path dir(path);
    if (!fs::is_directory(dir, ec) || fs::exists(dir / "iamglass", ec))
        return;
    std::vector<fs::path> made;
    for (const fs::directory_entry &e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        const bool table = name.size() > 6 && name.compare(name.size() - 6, 6, ".glass") == 0;
        if (!(table || name == "flintlock" || name == "v.tmp") || !e.is_regular_file(ec) ||
            (table && e.file_size(ec) != 0))
            return; // something else, or data: not a creation cut short
        made.push_back(e.path());
    }
    if (ec)
        return;
    for (const fs::path &f : made)
        fs::remove(f, ec);
}

static zx_status
open_write(const char *path, bool batched, zx_db **out, char **errmsg)
{
    *out = nullptr;
    clear_unfinished_creation(path);
    auto db = std::make_unique<zx_db>();
    zx_status st = guarded(errmsg, [&]() {
        db->wdb = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
        db->rdb = db->wdb;
        db->writable = true;
        if (batched)
            db->wdb.begin_transaction(true);
        db->batched = batched;
        return ZX_OK;
    });
    if (st == ZX_OK)
        *out = db.release();
    return st;
}

zx_status
zx_db_open_write(const char *path, zx_db **out, char **errmsg)
{
    return open_write(path, false, out, errmsg);
}

zx_status
zx_db_open_write_batched(const char *path, zx_db **out, char **errmsg)
{
    return open_write(path, true, out, errmsg);
}

void
zx_db_close(zx_db *db)
{
    if (!db)
        return;
    try {
        if (db->writable) {
            // Closing with a transaction open drops it (batched writers).
            db->wdb.close();
        } else {
            for (zx_part &p : db->parts)
                if (p.up)
                    p.db.close();
        }
    } catch (...) {
        // Nothing useful to report: the last commit stands.
    }
    delete db;
}

zx_status
zx_db_compact(const char *src, const char *dst, char **errmsg)
{
    return guarded(errmsg, [&]() {
        Xapian::Database db(src);
        const Xapian::rev from = db.get_revision();
        // Blocks of 32 KB rather than the writer's 8 KB: a search reads
        // its posting lists in a quarter of the reads, each a system call
        // (pread was about a fifth of a loaded server's CPU at 100k units).
        // Measured on the national corpus's public level at 100k, the
        // speed log through querybench: mean 7.1 -> 6.4 ms, p50 4.9 -> 4.0;
        // 64 KB gained no more.  The writer keeps 8 KB: with 32 KB an index
        // run was 5-9 % slower and 9 % bigger as written.
        db.compact(dst, Xapian::DBCOMPACT_NO_RENUMBER | Xapian::Compactor::FULL, 32768);
        // The copy starts again at revision 1.  A reader of the old
        // database that reopens sees a change only if the revision moves
        // (glass compares numbers, not databases), and what is cached by
        // revision (facet tables, the counting handles) must never meet a
        // number it has seen: so the copy's revisions go on past the
        // source's, by commits of one throwaway metadata key (unsynced;
        // the last commit, which removes the key, is synced).
        const std::string key = "zx:compacted";
        {
            Xapian::WritableDatabase out(dst, Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
            while (out.get_revision() < from) {
                out.set_metadata(key, std::to_string(out.get_revision()));
                out.commit();
            }
            out.close();
        }
        Xapian::WritableDatabase out(dst, Xapian::DB_OPEN);
        out.set_metadata(key, "");
        out.commit();
        out.close();
        return ZX_OK;
    });
}

} // extern "C"

namespace
{
// Hands Xapian's duplicate metadata to the caller's rule; a refusal is
// thrown out of compact() (it stops there) and becomes the call's error.
class MetaMerger : public Xapian::Compactor
{
  public:
    MetaMerger(zx_merge_meta_fn fn, void *user) : fn_(fn), user_(user) {}
    std::string
    resolve_duplicate_metadata(const std::string &key, size_t n, const std::string tags[]) override
    {
        std::vector<const char *> values(n);
        for (size_t i = 0; i < n; i++)
            values[i] = tags[i].c_str();
        // Xapian 1.4 hands the key as its table stores it, after the two
        // bytes that mark user metadata ("\0\xc0").
        std::string name = key;
        if (name.size() >= 2 && name[0] == '\0' && name[1] == '\xc0')
            name.erase(0, 2);
        char *why = nullptr;
        char *v = fn_(name.c_str(), n, values.data(), &why, user_);
        if (v == nullptr) {
            std::string reason = why ? why : "refused";
            g_free(why);
            throw std::runtime_error(reason);
        }
        std::string out(v);
        g_free(v);
        return out;
    }

  private:
    zx_merge_meta_fn fn_;
    void *user_;
};
} // namespace

extern "C" {

zx_status
zx_db_merge(const char *const *srcs, size_t n, const char *dst, zx_merge_meta_fn fn, void *user, char **errmsg)
{
    return guarded(errmsg, [&]() {
        Xapian::Database all;
        for (size_t i = 0; i < n; i++)
            all.add_database(Xapian::Database(srcs[i]));
        MetaMerger merger(fn, user);
        all.compact(dst, Xapian::Compactor::FULL, 32768, merger);
        return ZX_OK;
    });
}

zx_status
zx_db_reopen(zx_db *db, bool *changed, char **errmsg)
{
    return with_parts(db, errmsg, [&]() {
        bool c = reopen_replaced(db);
        if (!c && db->rdb.reopen())
            c = true, db->generation++;
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
        if (db->batched) {
            db->wdb.commit_transaction();
            db->wdb.begin_transaction(true);
        } else {
            db->wdb.commit();
        }
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

} // extern "C"
