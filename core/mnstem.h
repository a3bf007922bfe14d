/* mnstem.h — the rule-based Mongolian suffix stripper, for words the
 * hunspell-mn dictionary does not know.  Not for: dictionary words
 * (analysis.c asks hunspell first). */
#ifndef ZAALT_MNSTEM_H
#define ZAALT_MNSTEM_H

/* Stem of a folded (lower-case) Cyrillic word.  Returns a new string. */
char *mn_rule_stem(const char *word);

#endif
