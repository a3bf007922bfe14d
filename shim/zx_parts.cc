// zx_parts.cc — a reader's parts, searched as one multi-database: local
// paths and remote "tcp://HOST:PORT" databases, opened by zx_db_open_parts;
// the schema check every part must pass; the facts a remote part is asked
// when it connects, handed to the opener's admission callback; and keeping
// remote parts current: leaving out one that does not answer, reconnecting
// it later (revive), dropping one that stops answering during a call
// (drop_unreachable, used by with_parts).
//
// Not for: deciding which remote parts a reader may search (the opener's
// zx_part_admit_fn: core/access.c for Zaalt), or reading and writing
// through the opened handle (zx_db.cc).

#include "shim/zx_facets.hh"
#include "shim/zx_internal.hh"

#include <memory>
#include <string>
#include <vector>

namespace zx
{

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
    // A database that holds nothing at all (made by a writer whose first
    // commit has not come yet, or never will: it was killed) is an empty
    // index of any schema; the writer records its schema with that commit.
    if (v.empty() && p.db.get_lastdocid() == 0 && p.db.metadata_keys_begin() == p.db.metadata_keys_end())
        return ZX_OK;
    // Another version's index is whole, only not this reader's: no
    // damage, which a folder with documents and no version may be.
    return set_error(errmsg, v.empty() ? ZX_CORRUPT : ZX_ERROR,
                     p.name + " has schema version " + (v.empty() ? std::string("(none)") : v) +
                         ", this zaalt reads version " + db->schema_value +
                         ": zaalt index --force with its sources rebuilds it (setting the old one aside), or "
                         "remove the folder and index again");
}

// Asks a remote part what the admission callback needs and lets it decide.
// Xapian calls may throw (a NetworkError: the part is down); the callback,
// which is C, is called outside any of them.
zx_admission
admit_part(zx_db *db, const zx_part &p, char **why)
{
    std::string recorded = db->fact_key.empty() ? std::string() : p.db.get_metadata(db->fact_key);
    std::unique_ptr<bool[]> holds(new bool[db->probe_terms.size() + 1]);
    for (size_t i = 0; i < db->probe_terms.size(); i++)
        holds[i] = p.db.get_termfreq(db->probe_terms[i]) > 0;
    zx_part_facts facts = {p.name.c_str(), recorded.c_str(), holds.get(), db->probe_terms.size()};
    return db->admit(&facts, db->admit_user, why);
}

// Connects a remote part.  Unreachable: left down, ZX_OK.  Refused by the
// admission callback, or of another schema: left down, with an error.
// Hidden by the callback: closed and excluded, never searched.
zx_status
connect_part(zx_db *db, zx_part &p, char **errmsg)
{
    try {
        p.db = Xapian::Remote::open(p.host, p.port, ZX_TIMEOUT_MS, ZX_CONNECT_TIMEOUT_MS);
        if (db->admit) {
            char *why = nullptr;
            zx_admission a = admit_part(db, p, &why);
            if (a == ZX_ADMIT_REFUSE) {
                mark_down(p);
                std::string msg = why ? why : p.name + " is refused";
                g_free(why);
                return set_error(errmsg, ZX_CORRUPT, msg);
            }
            g_free(why);
            if (a == ZX_ADMIT_HIDE) {
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
    } catch (const Xapian::Error &e) {
        // Answered, but not as a database can: tried again later.
        mark_down(p);
        return from_xapian(e, errmsg);
    }
    return ZX_OK;
}

} // namespace

void
mark_down(zx_part &p)
{
    p.up = false;
    p.db = Xapian::Database();
    p.retry_at = g_get_monotonic_time() + ZX_RETRY_US;
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

namespace
{

// The identity of a local part's version file (glass's "iamglass"), or
// false when it cannot be read (the folder removed and not yet made again).
bool
version_file(const std::string &name, dev_t &dev, ino_t &ino)
{
    struct stat st;
    if (stat((name + "/iamglass").c_str(), &st) != 0)
        return false;
    dev = st.st_dev;
    ino = st.st_ino;
    return true;
}

} // namespace

bool
reopen_replaced(zx_db *db)
{
    bool any = false;
    for (zx_part &p : db->parts) {
        dev_t dev;
        ino_t ino;
        if (p.remote || !p.up || !version_file(p.name, dev, ino) || (dev == p.dev && ino == p.ino))
            continue;
        try {
            zx_part fresh = p;
            fresh.db = Xapian::Database(p.name);
            char *msg = nullptr;
            if (check_schema(db, fresh, &msg) != ZX_OK) {
                g_free(msg); // not an index of ours (yet): keep the one open
                continue;
            }
            p.db = fresh.db;
            p.dev = dev;
            p.ino = ino;
            any = true;
        } catch (const Xapian::Error &) {
            // Being made: the open database keeps answering until it is.
        }
    }
    if (any)
        rebuild(db);
    return any;
}

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

// Xapian does not say which part failed, so every remote part is asked for
// a sign of life.  One that does not answer is connected again at once —
// xapian-tcpsrv closes a connection idle for a minute, and that server is
// up — and dropped only if that fails too.
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

} // namespace zx

using namespace zx;

zx_db::~zx_db()
{
    zx_tables_free(tables);
}

extern "C" {

zx_status
zx_db_open_parts(const char *const *names, size_t n, const zx_open_opts *opts, zx_db **out, char **errmsg)
{
    *out = nullptr;
    return guarded(errmsg, [&]() {
        auto db = std::make_unique<zx_db>();
        if (opts) {
            db->schema_key = opts->schema_key ? opts->schema_key : "";
            db->schema_value = opts->schema_value ? opts->schema_value : "";
            db->fact_key = opts->fact_key ? opts->fact_key : "";
            for (const char *const *t = opts->probe_terms; t && *t; t++)
                db->probe_terms.emplace_back(*t);
            db->admit = opts->admit;
            db->admit_user = opts->admit_user;
            if (opts->tables)
                db->tables = tables_ref(opts->tables);
        }
        if (!db->tables && !(db->tables = zx_tables_new()))
            throw std::bad_alloc();
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
                version_file(p.name, p.dev, p.ino);
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
        *out = db.release();
        return ZX_OK;
    });
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

zx_tables *
zx_db_tables(zx_db *db)
{
    return db->writable ? nullptr : db->tables;
}

} // extern "C"
