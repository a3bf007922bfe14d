/* term.h — rendering the library's HTML snippets for a terminal: matches
 * in bold on a tty, in [brackets] otherwise; entities decoded. */
#ifndef ZAALT_TERM_H
#define ZAALT_TERM_H

#include <stdbool.h>

char *term_from_html(const char *html, bool tty);

/* `text` (a file's name, a title, a reason: anything a document or a file
 * system wrote) safe to print on a line of a terminal: invalid UTF-8 made
 * valid, and control characters (a newline, ESC, C1) shown as \xNN, so
 * that a name can neither forge a line of the report nor drive the
 * terminal.  A new string; "" for NULL. */
char *term_text(const char *text);

#endif
