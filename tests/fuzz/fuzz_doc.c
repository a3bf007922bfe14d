/* fuzz_doc.c — libFuzzer target: the Word 97-2003 handler (indexer/doc.c:
 * libgsf's OLE reader from memory, then the FIB, piece table, formatted
 * disk pages, style sheet and notes the bytes claim), then what every
 * document gets.  Any input must be read or refused with a reason, within
 * bounded time and memory. */
#include <dlfcn.h>
#include <gsf/gsf-infile-msole.h>
#include <sanitizer/lsan_interface.h>

#include "tests/fuzz/fuzz_extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* libgsf 1.14.50 loses a directory entry (with its name) when
 * gsf_infile_msole_new meets some damaged compound files: a hundred-odd
 * bytes a file, inside the library.  LeakSanitizer could name that function
 * in a suppression only by unwinding every allocation without frame
 * pointers (libgsf is built without them), which made loading hunspell-mn's
 * dictionary, once in a run, outlast an input's timeout.  Instead this
 * binary puts its own gsf_infile_msole_new before libgsf's, for doc.c's
 * call: the library's, with leak checking off for that call alone.  Every
 * other leak is reported. */
GsfInfile *
gsf_infile_msole_new(GsfInput *source, GError **err)
{
    static GsfInfile *(*library)(GsfInput *, GError **);
    if (library == NULL)
        library = (GsfInfile * (*)(GsfInput *, GError **)) dlsym(RTLD_NEXT, "gsf_infile_msole_new");
    __lsan_disable();
    GsfInfile *ole = library(source, err);
    __lsan_enable();
    return ole;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size <= FUZZ_MAX_INPUT)
        fuzz_extract("doc", "fuzz.doc", data, size, NULL);
    return 0;
}
