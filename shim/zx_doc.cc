// zx_doc.cc — documents under construction: terms, postings, values (and
// the packed facet value a remote search counts from), data, and the bytes
// a worker process sends the writer.
//
// Not for: which terms and values a unit gets (indexer/unitdoc.c), or
// adding documents to a database (zx_db.cc).

#include "shim/zx_internal.hh"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

using namespace zx;

extern "C" {

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

char *
zx_doc_get_value(const zx_doc *doc, unsigned slot)
{
    try {
        std::string v = doc->doc.get_value(slot);
        return v.empty() ? nullptr : g_strndup(v.data(), v.size());
    } catch (...) {
        return nullptr;
    }
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

} // extern "C"
