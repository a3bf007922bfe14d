/* term.h — rendering the library's HTML snippets for a terminal: matches
 * in bold on a tty, in [brackets] otherwise; entities decoded. */
#ifndef ZAALT_TERM_H
#define ZAALT_TERM_H

#include <stdbool.h>

char *term_from_html(const char *html, bool tty);

#endif
