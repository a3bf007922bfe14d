// zx_stem.cc — Snowball stemmers by language name, for the analyzer.
//
// Not for: Mongolian, which Snowball does not know (core/mnstem.c), or
// deciding which words are stemmed (core/analysis.c).

#include "shim/zx.h"

#include <glib.h>
#include <xapian.h>

struct zx_stemmer {
    Xapian::Stem stem;
};

extern "C" {

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
