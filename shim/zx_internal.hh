// zx_internal.hh — what the shim's C++ files share, seen by nothing outside
// shim/ (C code includes zx.h): the handles behind zx.h's opaque types (a
// reader's parts, a writer, a document, a query), the one error convention
// (guarded(): every Xapian::Error, bad_alloc or std::exception becomes a
// zx_status and a g_malloc'd message), and with_parts(), the way a call runs
// over parts of which some may stop answering.
//
// Not for: facet counting (zx_facets.hh) or results (zx_search.cc keeps
// zx_result to itself).  Nothing here knows Zaalt's schema: slots, keys and
// terms come from the caller.
#ifndef ZAALT_ZX_INTERNAL_HH
#define ZAALT_ZX_INTERNAL_HH

#include "shim/zx.h"

#include <glib.h>
#include <xapian.h>

#include <map>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace zx
{
struct FacetTable; // zx_facets.hh
}

// One database of a reader: a local path or a remote "tcp://host:port".
// A remote part that cannot be reached is down: it is left out of the
// searched multi-database and reconnected at most every few seconds
// (zx_parts.cc).
struct zx_part {
    std::string name;
    bool remote = false;
    bool up = false;
    bool excluded = false; // a remote part the admission callback hid
    gint64 retry_at = 0;   // monotonic µs of the next reconnection attempt
    std::string host;
    unsigned port = 0;
    Xapian::Database db;
    // A local part's version file as opened (device, inode): a folder
    // removed and indexed anew at the same path is another file, though
    // its revision may be the one the open database has.
    dev_t dev = 0;
    ino_t ino = 0;
};

struct zx_db {
    std::vector<zx_part> parts; // readers: every part, up or not
    bool any_remote = false;
    std::string schema_key, schema_value;
    // What a remote part is asked when it connects, and who decides.
    std::string fact_key;
    std::vector<std::string> probe_terms;
    zx_part_admit_fn admit = nullptr;
    void *admit_user = nullptr;
    bool writable = false;
    bool batched = false; // a writer whose changes wait in a transaction (zx_db_open_write_batched)
    Xapian::Database rdb;         // the database searched (read side)
    Xapian::WritableDatabase wdb; // valid when writable
    // Readers: the facet tables shared with other handles (a reference held
    // until the handle closes), and the ones this handle last used.
    zx_tables *tables = nullptr;
    std::vector<std::shared_ptr<const zx::FacetTable>> facets;
    // Second handles on the parts facet tables were built from, by part
    // name, for the counting pass on another thread (a Database is not
    // shared between threads): see zx_search.cc.
    std::map<std::string, Xapian::Database> counters;
    bool counting = false;   // a result still counts on `counters`
    unsigned generation = 0; // moves when the parts searched or their revisions change
    unsigned agreed_generation = ~0u;
    std::string agreed_key; // key '\0' value last asked of zx_db_parts_agree
    bool agreed = false;

    zx_db() = default;
    zx_db(const zx_db &) = delete;
    zx_db &operator=(const zx_db &) = delete;
    ~zx_db();
};

struct zx_doc {
    Xapian::Document doc;
};

struct zx_query {
    Xapian::Query q;
};

namespace zx
{

inline zx_status
set_error(char **errmsg, zx_status st, const std::string &msg)
{
    if (errmsg)
        *errmsg = g_strdup(msg.c_str());
    return st;
}

inline zx_status
from_xapian(const Xapian::Error &e, char **errmsg)
{
    std::string msg = e.get_type();
    msg += ": ";
    msg += e.get_msg();
    if (!e.get_context().empty())
        msg += " (" + e.get_context() + ")";
    // The system's reason behind a failed read or write: "Error writing
    // block 72" alone does not say the disk is full (ENOSPC, EDQUOT: the
    // caller names them from this text).
    const char *why = e.get_error_string();
    if (why && *why && msg.find(why) == std::string::npos)
        msg += std::string(": ") + why;
    // Xapian::Error is not polymorphic: classify by its type name.
    std::string type = e.get_type();
    zx_status st = ZX_ERROR;
    // Only a lock another process holds is ZX_LOCKED; a lock file that
    // cannot be opened (permission denied, a file system without locks)
    // is an error whose message says why.
    if (type == "DatabaseLockError")
        st = e.get_msg().find("already locked") != std::string::npos ? ZX_LOCKED : ZX_ERROR;
    else if (type == "DatabaseNotFoundError")
        st = ZX_NOT_FOUND;
    else if (type == "DatabaseModifiedError")
        st = ZX_MODIFIED;
    else if (type == "DatabaseCorruptError" || type == "DatabaseVersionError" || type == "DatabaseOpeningError")
        st = ZX_CORRUPT;
    // A table shorter than its revision says (a file cut short, a disk
    // that filled under another program) is damage too, though Xapian
    // calls it a plain DatabaseError: "EOF reading block N".
    else if (type == "DatabaseError" && e.get_msg().find("EOF reading block") != std::string::npos)
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

// zx_parts.cc: a reader's parts.
// Takes a part out of the search until its next reconnection attempt.
void mark_down(zx_part &p);
// Makes db->rdb the multi-database of the parts up now.
void rebuild(zx_db *db);
// Opens again each local part whose folder was made anew since it was
// opened (see zx_part::ino); true when one was, and the reader rebuilt.
bool reopen_replaced(zx_db *db);
// Reconnects the remote parts that are down and due for another try.
void revive(zx_db *db);
// After a NetworkError: finds the parts that no longer answer, drops them.
void drop_unreachable(zx_db *db);

// Runs body over the parts that answer: a NetworkError drops the silent
// parts and the body runs once more over the rest.
template <typename F>
zx_status
with_parts(zx_db *db, char **errmsg, F body)
{
    return guarded(errmsg, [&]() -> zx_status {
        revive(db);
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

} // namespace zx

#endif
