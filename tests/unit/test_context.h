/* test_context.h — the configuration context of a test or bench program: one,
 * made on first use from corpus-config/ (as `zaalt` finds it) and freed at
 * exit, so that leak checkers see it go.  Tests only: the library itself
 * keeps no such state; main() makes a context and passes it down. */
#ifndef ZAALT_TEST_CONTEXT_H
#define ZAALT_TEST_CONTEXT_H

#include <stdlib.h>

#include "core/context.h"

static zc_context *test_ctx_;

static void
test_context_free(void)
{
    zc_context_free(test_ctx_);
    test_ctx_ = NULL;
}

static inline zc_context *
test_context(void)
{
    if (test_ctx_ == NULL) {
        char *dir = zc_find_config_dir(NULL);
        test_ctx_ = zc_context_new(dir);
        g_free(dir);
        atexit(test_context_free);
    }
    return test_ctx_;
}

static inline az_analyzer *
test_analyzer(void)
{
    return zc_context_analyzer(test_context());
}

#endif
