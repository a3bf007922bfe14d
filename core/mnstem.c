/* mnstem.c — rule-based Mongolian suffix stripping.
 *
 * Mongolian is agglutinative: case, plural, possessive and verb suffixes
 * follow the stem, each in up to four vowel-harmony variants.  This
 * stripper removes the longest known suffix while a stem of at least three
 * letters with a vowel remains, up to three times (хүүхдүүдийн -> хүүхдүүд ->
 * хүүхд), then drops a "fleeting" vowel from the last syllable of a
 * two-syllable-or-longer stem (хүүхэд -> хүүхд), so that the bare word and its
 * inflected forms meet.  A final short vowel goes too, as endings replace it
 * (алтанзулзага, алтанзулзагын), and a bare -н or the г- endings are cut
 * only where Mongolian puts them: after й, a long vowel, or (г-) н.  It is a
 * fallback: dictionary words are stemmed by hunspell-mn, and names,
 * loanwords and new coinages land here.
 *
 * Not for: words with a known lemma (corpus-config/mn-lemmas.tsv).
 */
#include "core/mnstem.h"

#include <glib.h>
#include <stdbool.h>
#include <string.h>

/* Longest first within each length is not needed: the loop tries every
 * suffix and keeps the longest match. */
static const char *const suffixes[] = {
    /* plural + case */
    "нуудын",
    "нүүдийн",
    "уудын",
    "үүдийн",
    "нуудад",
    "нүүдэд",
    "уудад",
    "үүдэд",
    /* genitive */
    "гийн",
    "ийн",
    "ын",
    "ний",
    "ны",
    "ий",
    "н", /* after й or a long vowel only (mn_rule_stem) */
    /* ablative */
    "наас",
    "нээс",
    "ноос",
    "нөөс",
    "гаас",
    "гээс",
    "гоос",
    "гөөс",
    "иас",
    "иос",
    "аас",
    "ээс",
    "оос",
    "өөс",
    /* instrumental */
    "гаар",
    "гээр",
    "гоор",
    "гөөр",
    "иар",
    "иор",
    "аар",
    "ээр",
    "оор",
    "өөр",
    /* comitative */
    "тай",
    "тэй",
    "той",
    /* directive */
    "руу",
    "рүү",
    "луу",
    "лүү",
    /* dative-locative */
    "ад",
    "эд",
    "од",
    "өд",
    "нд",
    "д",
    "т",
    /* accusative */
    "ийг",
    "ыг",
    "г",
    /* plural */
    "нууд",
    "нүүд",
    "ууд",
    "үүд",
    "чууд",
    "чүүд",
    "нар",
    "нэр",
    "ид",
    /* reflexive possessive */
    "гаа",
    "гээ",
    "гоо",
    "гөө",
    "аа",
    "ээ",
    "оо",
    "өө",
    /* verbal: infinitive, participles, converbs, tenses */
    "ахад",
    "эхэд",
    "охад",
    "өхөд",
    "хад",
    "хэд",
    "ах",
    "эх",
    "ох",
    "өх",
    "саар",
    "сээр",
    "соор",
    "сөөр",
    "сан",
    "сэн",
    "сон",
    "сөн",
    "аад",
    "ээд",
    "оод",
    "өөд",
    "даг",
    "дэг",
    "дог",
    "дөг",
    "лаа",
    "лээ",
    "лоо",
    "лөө",
    "жээ",
    "чээ",
    "на",
    "нэ",
    "но",
    "нө",
    "ж",
    "ч",
    "в",
};

static bool
is_vowel(gunichar c)
{
    switch (c) {
        case 0x0430:
        case 0x044D:
        case 0x0438:
        case 0x043E:
        case 0x0443: /* а э и о у */
        case 0x04E9:
        case 0x04AF:
        case 0x044B:
        case 0x0435:
        case 0x0451: /* ө ү ы е ё */
        case 0x044F:
        case 0x044E: /* я ю */
            return true;
        default:
            return false;
    }
}

/* The short vowels a word's ending replaces. */
static bool
is_short_final(gunichar c)
{
    return c == 0x0430 || c == 0x044D || c == 0x043E || c == 0x04E9 || c == 0x0438; /* а э о ө и */
}

/* Whether u[0..n) ends in й or in a vowel written twice (аа, уу, ий). */
static bool
after_long_vowel_or_y(const gunichar *u, glong n)
{
    if (n >= 1 && u[n - 1] == 0x0439)
        return true;
    return n >= 2 && is_vowel(u[n - 1]) && is_vowel(u[n - 2]);
}

static int
count_vowel_groups(const gunichar *u, glong n)
{
    int groups = 0;
    bool in = false;
    for (glong i = 0; i < n; i++) {
        bool v = is_vowel(u[i]);
        if (v && !in)
            groups++;
        in = v;
    }
    return groups;
}

static bool
has_vowel(const gunichar *u, glong n)
{
    return count_vowel_groups(u, n) > 0;
}

char *
mn_rule_stem(const char *word)
{
    glong n = 0;
    gunichar *u = g_utf8_to_ucs4_fast(word, -1, &n);
    static gunichar *suf_u[G_N_ELEMENTS(suffixes)];
    static glong suf_n[G_N_ELEMENTS(suffixes)];
    static gsize once = 0;
    if (g_once_init_enter(&once)) {
        for (size_t i = 0; i < G_N_ELEMENTS(suffixes); i++)
            suf_u[i] = g_utf8_to_ucs4_fast(suffixes[i], -1, &suf_n[i]);
        g_once_init_leave(&once, 1);
    }

    for (int round = 0; round < 3; round++) {
        glong best = 0;
        for (size_t i = 0; i < G_N_ELEMENTS(suffixes); i++) {
            glong sl = suf_n[i];
            if (sl <= best || sl >= n)
                continue;
            if (n - sl < 3 || !has_vowel(u, n - sl))
                continue;
            /* The г- forms (-гийн, -гаас, -гаар, the accusative -г) follow a
             * long vowel, a diphthong or н only: эмзэгийн is эмзэг + ийн,
             * not эмзэ + гийн; хулангийн, хуланг are хулан's; алтанзулзагын
             * is алтанзулзаг + ын. */
            if (suf_u[i][0] == 0x0433 && !(after_long_vowel_or_y(u, n - sl) || u[n - sl - 1] == 0x043D))
                continue;
            /* A bare -н is the genitive (or the hidden н) only after й or a
             * long vowel: далайн, Цагаантолгойн, шувуун; not the end of
             * Батжаргалан or хүн. */
            if (sl == 1 && suf_u[i][0] == 0x043D && !after_long_vowel_or_y(u, n - 1))
                continue;
            if (memcmp(u + n - sl, suf_u[i], sl * sizeof(gunichar)) == 0)
                best = sl;
        }
        if (!best)
            break;
        n -= best;
    }
    /* Soft and hard signs end stems only by spelling (хууль, хуулийн). */
    while (n > 3 && (u[n - 1] == 0x044C || u[n - 1] == 0x044A))
        n--;
    /* A final short vowel after a consonant gives way to the ending
     * (алтанзулзага, алтанзулзагын, алтанзулзагыг; компани, компанийн):
     * the bare word loses it as its forms do. */
    if (n > 4 && is_short_final(u[n - 1]) && !is_vowel(u[n - 2]) && has_vowel(u, n - 1))
        n--;
    /* -нгийн is Сэлэнгэ's genitive and Хулан's alike: a stem's -нг meets
     * the -н before a г- ending. */
    if (n > 4 && u[n - 1] == 0x0433 && u[n - 2] == 0x043D)
        n--;
    /* Fleeting vowel: consonant + single short vowel + one final consonant
     * in a stem of two or more syllables. */
    if (n >= 5 && count_vowel_groups(u, n) >= 2 && !is_vowel(u[n - 1]) && is_vowel(u[n - 2]) && !is_vowel(u[n - 3]) &&
        u[n - 2] != 0x0438 /* и is not fleeting */ && u[n - 1] != 0x0439 /* nor a diphthong's vowel */) {
        u[n - 2] = u[n - 1];
        n--;
    }
    char *out = g_ucs4_to_utf8(u, n, NULL, NULL, NULL);
    g_free(u);
    return out;
}
