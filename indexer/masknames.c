/* masknames.c — the personal names of a text, found as Mongolian decisions
 * write them (masknames.h).
 *
 * A text is cut into tokens (words with their inner hyphens, a name's
 * parts wrapped at a hyphen (Бат-|Эрдэнэ, or Бат- Эрдэнэ where a format
 * joined the lines) joined, numbers, spaces, single
 * punctuation), and a mention of a person is sought in these shapes, the
 * strong ones first so that the weaker never re-read what they claimed:
 *   clan     a capitalised word before овогт, then the patronymic and name
 *            (Боржигон овогт Баатарын Батбаяр), or the clan's name alone;
 *   nickname up to three capitalised words in quotes before хочтой,
 *            гэгдэх, "гэж дуудан", гэх нэрээр, or after "known as", a form
 *            of хоч, "under the name" («Хар Бат» гэх хочтой, хочийг
 *            «Шар Ганаа» гэдэг); one of several words is found again whole;
 *   role     a capitalised word after a role (шүүгдэгч Батбаяр, гэрч Номин,
 *            хохирогч Сарантуяагийн), a patronymic allowed before it, or
 *            an initial after it as English writes (defendant Batbayar B.);
 *            after a party's label any word (Injured party 1: Zolzaya); a
 *            proper noun the lists call a place (ээж Сэлэнгэ) or an
 *            everyday word (хохирогч Нар) too; two Latin words when one is
 *            a name or a Chinese, Korean or Vietnamese family name first
 *            (Victim B, Tsetseg Batbold, Defendant Zhang Wei); the others
 *            the role lists with "and", "болон" or commas;
 *   called   a capitalised word before гэдэг, гэгч, нэртэй (Түвшин гэдэг;
 *            before гэгч at a sentence's start too, Энхээ гэгч),
 *            or short words before "гэх" and a person's noun (Ли Хуа гэх
 *            хятад иргэн), a Latin copy in brackets between;
 *   kin      a capitalised word before a kinship word (Туяа эгч, Болд
 *            ахын), not a pronoun (Тэр эгч); in English, before a
 *            possessive and a kinship word (Tsogt's daughter);
 *   apposed  English: the name before ", a local associate" or before
 *            "known as"; a single Latin word the lists do not know after
 *            a role for one person (the victim Nomindari said);
 *   initial  an initial, a full stop and a capitalised word (Б.Батбаяр,
 *            Г.Сарантуяа-г, Kh. Bayarsaikhan);
 *   pairs    two capitalised Latin words, each a Mongolian name in some
 *            spelling (Naran Chuluunbaatar; a double name's hyphenated
 *            sides each a name or a part: Gantulga Bold-Erdene, in
 *            capitals too);
 *   listed under a heading
 *            the items of a list after a heading that names parties
 *            (Хохирогч нар: 1. Цэцэг, 2. …; Гэрчүүд: or ## Victims, then
 *            one item a line), a word alone as an item though everyday;
 *   trailing initial
 *            a given name with its father's initial after it, no name
 *            after the initial (Туяа Д. нь, Оюунаа Б.-тэй, Tsolmon B.
 *            (age 17));
 *   aged     a capitalised word with an age beside it (Name (15), Name,
 *            15, … soum; Name, 14 настай) or after a study's label
 *            (mask.ini research-roles: Respondent 7 (Name, Participant 9:
 *            Name, Оролцогч 4 (Name), no role word needed; not an English
 *            word, a place, nor a dictionary word outside a person's bracket;
 *   naming   English: one or two Latin words after "identified as",
 *            "named", "called", "known (to them) as", when spelt as a
 *            name or after a person (Bat-Orgil, known as Big Orgil);
 *   plural   the capitalised words of a list closed by нар (Батбаяр,
 *            Хонгор, Сайнбилэг нар), known to the lists or not, an
 *            initial after one (Цэцэг Г.) going with it;
 *   joined   in Latin, a capitalised word "and" or a comma joins to a
 *            masked person, an aside in brackets between (Kh. E. and
 *            Munkhsaruul; B.O. (14) and Nomin), no English word;
 *   learned  any form of a name a strong shape gave earlier in the same
 *            document (Батбаярын, Батбаяраас), a patronymic allowed before,
 *            in Latin letters too inside Mongolian (Nomin-Erdene-г), with
 *            a Latin genitive's ending in English (Orgilyn, Dorjiin), or
 *            broken over two lines with no hyphen (Тэмүү|жингийн); the
 *            object's cases of one the lists call a place too before a
 *            place word (Оргилыг дэлгүүрийн); a short form by a long
 *            vowel or a diminutive's suffix (Батаа, Тэмка, Temka);
 *   name of  English: one to three capitalised Latin words, quoted or
 *            not, after "in (under) the name of" (an assumed name), no
 *            body's or country's;
 *   bracket  a lone initial, or a cipher ("A" after a verb of naming,
 *            Victim B), and the name it stands for in brackets after it
 *            (N. (Nomin-Erdene Dorjsuren, aged 14)), a Hanzi copy after a
 *            comma with it;
 *   kazakh   a capitalised word in letters only Kazakh writes (Дәулетті,
 *            Ержанұлы Серікбол), with the patronymic before it;
 *   listed   a given name of the lists, or two name parts joined (Мөнх +
 *            цэцэг), capitalised and not a place; an everyday word among
 *            them (Сарнай, Номин) only inside a sentence; in Latin, two
 *            parts joined only (the travel of Oyunchimeg), as Western
 *            names (William, Nelson) are not;
 *   aliases  a masked party's other names right after theirs, in brackets
 *            or slashes or after буюу, "known as": initials, Latin copies
 *            and spellings, nicknames (Гаагий, "Bobo", Zorigoo).
 * A masked name of several Cyrillic words runs on over them (Ли Хуа, Ким
 * Мин Жүн) unless a case ending closed it (Энхтуяаг Гонконг), and a copy in Latin capitals in brackets after it (LI HUA)
 * goes with it, as does the name spelt after "латинаар" (Bayasgalan
 * Khentii, the father's name a province's).  A patronymic may end a line
 * before its name.  An abbreviation with a hyphenated ending (БНХАУ-ын) is
 * never a name.
 * A chamber's head presiding (танхимын тэргүүн Д.Х даргалж), counsel
 * listed by side after a title (For the Crown, Ms X; Prosecution: Ms X;
 * Mr Y for the first accused; The interpreter was Mr X), the court's clerk in the list of who sat
 * and the investigating officer stay as officials; a police officer named
 * only as a witness (PC X, a title as Mr is) does not.
 * A mention right after an official role (шүүгч, прокурор, judge; Markdown's
 * ** and an initial without its stop between them: шүүгч **Р Болд**), or the
 * name the document's judges or prosecutor fields give, stays; a name in a
 * list after such a role inherits its decision (шүүгч Х.Баярсайхан,
 * Э.Гантулга нар).  A capitalised word before a place word (аймаг, дүүрэг,
 * хороо, банк, District) is a place or a body, never a person.
 *
 * A file's name is searched for the names learned, in Latin spellings too
 * (mk_find_latin_names: gankhuyag_b_case.pdf).
 *
 * Not for: anything but names (mask.c).
 */
#include "indexer/masknames.h"

#include <string.h>

#include "core/translit.h"
#include "indexer/mask.h"

/* Words between a role and the name it introduces, at most. */
#define MK_RANK_WORDS 3

typedef struct tok {
    int s, e;   /* bytes of the text */
    char kind;  /* 'w' word, 'n' number, 'p' one punctuation character, 's' spaces */
    bool cap;   /* a word whose first letter is a capital */
    bool upper; /* a word of two letters or more, all capitals */
    bool nl;    /* spaces holding a line break */
    int letters;
    char *fold; /* a word lower-cased */
    char mark;  /* claimed by a mention: 'k' kept, 'm' masked; 0 free */
} tok;

typedef struct scan {
    const mk_rules *r;
    az_analyzer *az;
    mk_learned *l;
    const char *text;
    tok *t;
    int n;
    bool learn;
    GPtrArray *spans;
} scan;

/* ---- Tokens ---- */

static bool
is_hyphen(gunichar c)
{
    return c == '-' || c == 0x2010 || c == 0x2011;
}

/* After a hyphen that ends a line: the capital that opens the next line
 * (one line break, a few spaces), or NULL.  A format whose extraction
 * joins lines (XML, HTML) leaves one space where the break was: Бат-
 * Эрдэнэ is a wrapped name too. */
static const char *
wrapped_part(const char *p)
{
    int breaks = 0;
    const char *q = p;
    for (; *q && g_ascii_isspace(*q) && q - p <= 4; q++)
        breaks += *q == '\n';
    bool one_space = q - p == 1 && *p == ' ';
    return (breaks == 1 || one_space) && g_unichar_isupper(g_utf8_get_char(q)) ? q : NULL;
}

static GArray *
tokenize(const char *text)
{
    GArray *a = g_array_new(FALSE, TRUE, sizeof(tok));
    const char *p = text;
    while (*p) {
        gunichar c = g_utf8_get_char(p);
        tok t = {.s = (int)(p - text)};
        const char *q = g_utf8_next_char(p);
        if (g_unichar_isalpha(c)) {
            const char *wrap = NULL;
            bool wrapped = false;
            t.kind = 'w';
            t.cap = g_unichar_isupper(c);
            t.upper = true;
            t.letters = 1;
            for (;;) {
                gunichar d = g_utf8_get_char(q);
                if (*q && (g_unichar_isalpha(d) || g_unichar_ismark(d))) {
                    if (g_unichar_isalpha(d)) {
                        t.letters++;
                        t.upper = t.upper && g_unichar_isupper(d);
                    }
                    q = g_utf8_next_char(q);
                } else if (*q && is_hyphen(d) && g_unichar_isalpha(g_utf8_get_char(g_utf8_next_char(q)))) {
                    q = g_utf8_next_char(q);
                } else if (*q && is_hyphen(d) && t.cap && (wrap = wrapped_part(g_utf8_next_char(q))) != NULL) {
                    /* Бат-|Эрдэнэ: a name's parts on two lines, as PDF
                     * text wraps them. */
                    q = wrap;
                    wrapped = true;
                } else {
                    break;
                }
            }
            t.upper = t.upper && t.cap && t.letters >= 2;
            t.fold = g_utf8_strdown(p, q - p);
            if (wrapped) { /* the fold without the line break */
                char *w = t.fold, *o = t.fold;
                for (; *w; w++)
                    if (!g_ascii_isspace(*w))
                        *o++ = *w;
                *o = '\0';
            }
        } else if (g_unichar_isdigit(c)) {
            t.kind = 'n';
            while (*q && g_unichar_isdigit(g_utf8_get_char(q)))
                q = g_utf8_next_char(q);
        } else if (g_unichar_isspace(c)) {
            t.kind = 's';
            t.nl = c == '\n';
            while (*q && g_unichar_isspace(g_utf8_get_char(q))) {
                t.nl = t.nl || *q == '\n';
                q = g_utf8_next_char(q);
            }
        } else {
            t.kind = 'p';
        }
        t.e = (int)(q - text);
        g_array_append_val(a, t);
        p = q;
    }
    return a;
}

/* The next (previous) token that is not spaces, or -1; `nl` says whether a
 * line break was crossed. */
static int
next_tok(const scan *s, int i, bool *nl)
{
    for (i++; i < s->n; i++) {
        if (s->t[i].kind != 's')
            return i;
        if (nl && s->t[i].nl)
            *nl = true;
    }
    return -1;
}

static int
prev_tok(const scan *s, int i, bool *nl)
{
    for (i--; i >= 0; i--) {
        if (s->t[i].kind != 's')
            return i;
        if (nl && s->t[i].nl)
            *nl = true;
    }
    return -1;
}

static bool
is_punct(const scan *s, int i, const char *chars)
{
    if (i < 0 || i >= s->n || s->t[i].kind != 'p')
        return false;
    gunichar c = g_utf8_get_char(s->text + s->t[i].s);
    return c < 128 && strchr(chars, (int)c) != NULL;
}

/* The token after a short bracket opening at `i` (a person's age or
 * particulars between listed persons: Solongo (17), Nomin (aged 15) and
 * …), else `i` itself. */
static int
past_bracket(const scan *s, int i)
{
    if (!is_punct(s, i, "("))
        return i;
    int k = i;
    for (int n = 0; n < 12; n++) {
        k = next_tok(s, k, NULL);
        if (k < 0 || is_punct(s, k, "("))
            return i;
        if (is_punct(s, k, ")"))
            return next_tok(s, k, NULL);
    }
    return i;
}

static bool
is_word(const scan *s, int i)
{
    return i >= 0 && i < s->n && s->t[i].kind == 'w';
}

static bool
word_is(const scan *s, int i, const char *const *words)
{
    for (; is_word(s, i) && *words; words++)
        if (strcmp(s->t[i].fold, *words) == 0)
            return true;
    return false;
}

/* Two tokens with only spaces (no line break) between them. */
static bool
spaced(const scan *s, int a, int b)
{
    bool nl = false;
    return next_tok(s, a, &nl) == b && !nl;
}

/* Token b right after a, spaces or one line break between: a patronymic
 * that ends a line before its name (Энхболдын|Туяа), as text wraps. */
static bool
spaced_wrapped(const scan *s, int a, int b)
{
    if (b < 0 || next_tok(s, a, NULL) != b)
        return false;
    int breaks = 0;
    for (const char *p = s->text + s->t[a].e; p < s->text + s->t[b].s; p++)
        breaks += *p == '\n';
    return breaks <= 1;
}

/* ---- Endings ---- */

bool
mk_suffix_chain(const mk_rules *r, const char *tail)
{
    if (*tail == '-')
        tail++;
    if (!*tail)
        return true;
    /* Breadth-first over at most three endings. */
    const char *front[64];
    int nf = 1;
    front[0] = tail;
    for (int depth = 0; depth < 3 && nf > 0; depth++) {
        const char *next[64];
        int nn = 0;
        for (int f = 0; f < nf; f++) {
            for (guint k = 0; k < r->suffixes->len; k++) {
                const char *suf = r->suffixes->pdata[k];
                if (g_str_has_prefix(front[f], suf)) {
                    const char *rest = front[f] + strlen(suf);
                    if (!*rest)
                        return true;
                    if (nn < 64)
                        next[nn++] = rest;
                }
            }
        }
        memcpy(front, next, sizeof(const char *) * (size_t)nn);
        nf = nn;
    }
    return false;
}

static gsize
n_chars(const char *s)
{
    return (gsize)g_utf8_strlen(s, -1);
}

/* The stems of a name word: the word without a hyphenated ending
 * (Сарантуяа-г), and that without one case ending when four letters or
 * more remain (Батбаярт -> батбаяр). */
static GPtrArray *
name_stems(const mk_rules *r, const char *fold)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    char *core = g_strdup(fold);
    char *hy = strrchr(core, '-');
    if (hy && hy != core && mk_suffix_chain(r, hy + 1) && hy[1])
        *hy = '\0';
    g_ptr_array_add(out, core);
    size_t n = strlen(core);
    for (guint k = 0; k < r->case_suffixes->len; k++) {
        const char *suf = r->case_suffixes->pdata[k];
        size_t m = strlen(suf);
        if (m < n && g_str_has_suffix(core, suf)) {
            char *stem = g_strndup(core, n - m);
            if (n_chars(stem) >= 4)
                g_ptr_array_add(out, stem);
            else
                g_free(stem);
        }
    }
    return out;
}

static bool
any_stem_in(const mk_rules *r, const char *fold, GHashTable *set)
{
    if (g_hash_table_contains(set, fold))
        return true;
    GPtrArray *stems = name_stems(r, fold);
    bool in = false;
    for (guint i = 0; !in && i < stems->len; i++)
        in = g_hash_table_contains(set, stems->pdata[i]);
    g_ptr_array_free(stems, TRUE);
    return in;
}

/* `word` is `entry` or `entry` with name endings. */
static bool
is_form_of(const mk_rules *r, const char *word, const char *entry)
{
    return g_str_has_prefix(word, entry) && mk_suffix_chain(r, word + strlen(entry));
}

static bool
form_in(const mk_rules *r, const char *word, GHashTable *set)
{
    if (g_hash_table_contains(set, word))
        return true;
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, set);
    while (g_hash_table_iter_next(&it, &key, NULL))
        if (is_form_of(r, word, key))
            return true;
    return false;
}

static bool
genitive(const char *fold)
{
    /* and a Kazakh patronymic, "son/daughter of" (Қайратұлы, Серікқызы),
     * which stands where a Mongolian genitive does (Қайратқызы Гүлнара). */
    static const char *const ends[] = {"ын", "ийн", "гийн", "ны", "ний", "ұлы", "улы", "қызы", "кызы"};
    for (size_t i = 0; i < G_N_ELEMENTS(ends); i++)
        if (g_str_has_suffix(fold, ends[i]) && strlen(fold) > strlen(ends[i]) + 2)
            return true;
    return false;
}

/* ---- What a word is ---- */

/* The word without a hyphenated ending (Сарантуяа-г -> сарантуяа). */
static char *
word_core(const mk_rules *r, const char *fold)
{
    char *core = g_strdup(fold);
    char *hy = strrchr(core, '-');
    if (hy && hy != core && hy[1] && mk_suffix_chain(r, hy + 1))
        *hy = '\0';
    return core;
}

/* Letters before a hyphenated ending: "А-д" (хохирогч А) has one. */
static gsize
core_letters(const scan *s, int i)
{
    char *core = word_core(s->r, s->t[i].fold);
    gsize n = n_chars(core);
    g_free(core);
    return n;
}

/* A case ending joined by a hyphen (Од-ын, Оюу-д), as names and
 * abbreviations take theirs: after a role, a name even when it is an
 * everyday word too. */
static bool
ending_hyphenated(const scan *s, int i)
{
    char *core = word_core(s->r, s->t[i].fold);
    bool yes = strcmp(core, s->t[i].fold) != 0;
    g_free(core);
    return yes;
}

static bool
everyday(const scan *s, const char *fold)
{
    char *core = word_core(s->r, fold);
    bool yes = s->az && az_is_everyday_word(s->az, core);
    g_free(core);
    return yes;
}

/* A Cyrillic abbreviation with its ending joined by a hyphen (БНХАУ-ын,
 * ОХУ-д, ХХК-ийн): a country or a body, never a person, whose name takes
 * its ending so but is not written in capitals. */
static bool
abbreviation(const scan *s, int i)
{
    const tok *t = &s->t[i];
    const char *w = s->text + t->s;
    if (!t->cap || g_utf8_get_char(w) < 0x400 || !ending_hyphenated(s, i))
        return false;
    const char *hy = g_utf8_strrchr(w, t->e - t->s, '-');
    int letters = 0;
    for (const char *p = w; p < hy; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isalpha(c) && !g_unichar_isupper(c))
            return false;
        letters += g_unichar_isalpha(c) != 0;
    }
    return letters >= 2;
}

/* A Cyrillic word of two letters or more without a vowel: an acronym (РД
 * the label of a registration number, ХХК, ТББ), never a name, which
 * always has one. */
static bool
voiceless(const scan *s, int i)
{
    const tok *t = &s->t[i];
    if (t->letters < 2 || g_utf8_get_char(s->text + t->s) < 0x400)
        return false;
    for (const char *c = t->fold; *c; c = g_utf8_next_char(c))
        if (g_utf8_strchr("аэиоуөүыяеёюй", -1, g_utf8_get_char(c)) != NULL)
            return false;
    return true;
}

/* A body's name written as one word with a capital inside, its second part
 * a place word (ХасБанк, ГолдБанк-ны, KhanBank): a bank or a company,
 * never a person, though a name may stand right before it. */
static bool
body_compound(const scan *s, int i)
{
    const char *w = s->text + s->t[i].s, *end = s->text + s->t[i].e, *inner = NULL;
    gunichar before = 0;
    for (const char *p = w; p < end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isupper(c) && g_unichar_islower(before))
            inner = p;
        before = c;
    }
    if (inner == NULL)
        return false;
    char *tail = g_utf8_strdown(inner, end - inner);
    char *hy = strchr(tail, '-'); /* ГолдБанк-ны: the ending */
    if (hy != NULL)
        *hy = '\0';
    bool yes = form_in(s->r, tail, s->r->after_words);
    g_free(tail);
    return yes;
}

/* Whether the capitalised word `i` opens a court's own name (Насанд
 * хүрээгүй хүний хэргийн шүүх, НАСАНД ХҮРЭЭГҮЙ … ШҮҮХИЙН, Захиргааны
 * хэргийн шүүх): an everyday word, then up to four words in its own case
 * (small letters, or capitals in a heading), then "шүүх" in any form.
 * Not a person before a court (Бат шүүхэд хандав: nothing between). */
static bool
opens_court_name(const scan *s, int i)
{
    if (g_utf8_get_char(s->text + s->t[i].s) < 0x400 || !everyday(s, s->t[i].fold))
        return false;
    int k = i;
    for (int n = 0; n < 5; n++) {
        int w = next_tok(s, k, NULL);
        if (!is_word(s, w) || !spaced(s, k, w) || (s->t[i].upper ? !s->t[w].upper : s->t[w].cap))
            return false;
        if (g_str_has_prefix(s->t[w].fold, "шүүх"))
            return n > 0 && strcmp(s->t[k].fold, "хэргийн") == 0;
        k = w;
    }
    return false;
}

/* A word the lists rule out as a name: an institution or heading, a role,
 * an abbreviation, an acronym, a bank's or company's one-word name. */
static bool
ruled_out(const scan *s, int i)
{
    const char *f = s->t[i].fold;
    return any_stem_in(s->r, f, s->r->not_names) || any_stem_in(s->r, f, s->r->roles) ||
           any_stem_in(s->r, f, s->r->keep_roles) || abbreviation(s, i) || voiceless(s, i) || body_compound(s, i) ||
           opens_court_name(s, i);
}

static bool
a_place(const scan *s, int i)
{
    return any_stem_in(s->r, s->t[i].fold, s->r->places);
}

/* Never a person: a place, a body, a word the lists rule out. */
static bool
excluded(const scan *s, int i)
{
    return a_place(s, i) || ruled_out(s, i);
}

/* A capitalised word followed by a place word (Сүхбаатар дүүргийн, Орхон
 * аймгийн, Хаан банк, Bayanzurkh District). */
static bool
before_place(const scan *s, int i)
{
    int k = next_tok(s, i, NULL);
    return is_word(s, k) && spaced(s, i, k) && form_in(s->r, s->t[k].fold, s->r->after_words);
}

static bool
latin_digraph(const char *fold)
{
    static const char *const d[] = {"kh", "ch", "sh", "zh", "ts", "ya", "yu", "ye", "yo"};
    for (size_t i = 0; i < G_N_ELEMENTS(d); i++)
        if (strcmp(fold, d[i]) == 0)
            return true;
    return false;
}

/* An initial: one capital (or a Latin digraph: Kh, Ts) and a full stop,
 * not itself after a full stop (U.N. Protocol); or two Cyrillic letters,
 * a capital and a small one, that tell two fathers' names apart (Да.Ганаа,
 * Бо.Болд), with the name right after the stop. */
static bool
is_initial(const scan *s, int i)
{
    if (!is_word(s, i) || !s->t[i].cap)
        return false;
    const tok *t = &s->t[i];
    bool two = t->letters == 2 && !t->upper;
    bool cyrillic_two = two && g_utf8_get_char(s->text + t->s) >= 0x400 && i + 2 < s->n && is_word(s, i + 2) &&
                        s->t[i + 2].cap && s->t[i + 2].letters >= 3;
    if (t->letters != 1 && !(two && latin_digraph(t->fold)) && !cyrillic_two)
        return false;
    if (i + 1 >= s->n || !is_punct(s, i + 1, ".") || s->t[i + 1].s != t->e)
        return false;
    if (i > 0 && is_punct(s, i - 1, ".") && s->t[i - 1].e == t->s)
        return false;
    return true;
}

/* Whether space token `j` is one line break at most, a few bytes long:
 * the wrap of a line inside a sentence, as PDF text keeps it, not a
 * paragraph's end. */
static bool
one_wrap(const scan *s, int j)
{
    const tok *t = &s->t[j];
    if (t->e - t->s > 4)
        return false;
    int breaks = 0;
    for (int k = t->s; k < t->e; k++)
        breaks += s->text[k] == '\n';
    return breaks <= 1;
}

/* Whether Cyrillic initial `i`, followed by the line break `j`, ends a
 * line that has words before it (гэрч Д.|Цэлмүүн): not a heading's letter
 * alone on its line (Б.|Хэргийн), and not English, whose citations and
 * section letters wrap the same way (F.|Supp, I.|Introduction). */
static bool
wrapped_initial(const scan *s, int i, int j)
{
    if (!one_wrap(s, j) || g_utf8_get_char(s->text + s->t[i].s) < 0x400)
        return false;
    bool nl = false;
    int p = prev_tok(s, i, &nl);
    return p >= 0 && !nl;
}

/* A square, street or statue named after a person the lists know as a
 * place's name too (Д.Сүхбаатарын талбай, Ч.Сүхбаатарын гудамж): the
 * place, though an initial stands before it. */
static bool
named_after(const scan *s, int j)
{
    static const char *const named[] = {"талбай", "гудамж", "өргөн", "хөшөө", "нэрэмжит", "square", "street", "avenue"};
    int k = next_tok(s, j, NULL);
    if (!is_word(s, k) || !spaced(s, j, k) || !any_stem_in(s->r, s->t[j].fold, s->r->places))
        return false;
    for (size_t i = 0; i < G_N_ELEMENTS(named); i++)
        if (is_form_of(s->r, s->t[k].fold, named[i]))
            return true;
    return false;
}

/* The name after an initial (Б.Батбаяр, Б. Батбаяр, and Б. at a line's
 * end with Батбаяр on the next, as PDF text wraps it), or -1. */
static int
initial_name(const scan *s, int i)
{
    if (!is_initial(s, i))
        return -1;
    int j = i + 2;
    if (j < s->n && s->t[j].kind == 's' && (!s->t[j].nl ? s->t[j].e - s->t[j].s <= 2 : wrapped_initial(s, i, j)))
        j++;
    if (!is_word(s, j) || !s->t[j].cap || s->t[j].letters < 2 || is_initial(s, j))
        return -1;
    if ((g_hash_table_contains(s->r->places, s->t[j].fold) && before_place(s, j)) ||
        any_stem_in(s->r, s->t[j].fold, s->r->not_names) || named_after(s, j))
        return -1;
    return j;
}

/* Whether a word opens a sentence (or a line, or the text). */
static bool
sentence_start(const scan *s, int i)
{
    bool nl = false;
    int p = prev_tok(s, i, &nl);
    return p < 0 || nl || is_punct(s, p, ".!?:;\"(«“'");
}

/* Whether a word opens a sentence, a line break after a word with no
 * stop being the wrap of one (PDF text: Номундарийг|Түвшин гэдэг). */
static bool
sentence_opens(const scan *s, int i)
{
    int p = prev_tok(s, i, NULL);
    return p < 0 || is_punct(s, p, ".!?:;\"(«“'");
}

/* Two or three name parts joined (мөнхцэцэг, бат-эрдэнэ). */
static bool
compound(const mk_rules *r, const char *base, int depth)
{
    const char *hy = strchr(base, '-');
    if (hy) {
        char *a = g_strndup(base, hy - base);
        bool ok = (g_hash_table_contains(r->parts, a) || g_hash_table_contains(r->names, a)) &&
                  (g_hash_table_contains(r->parts, hy + 1) || g_hash_table_contains(r->names, hy + 1) ||
                   compound(r, hy + 1, 1));
        g_free(a);
        return ok;
    }
    for (const char *p = g_utf8_next_char(g_utf8_next_char(base)); *p; p = g_utf8_next_char(p)) {
        if (n_chars(p) < 2)
            break;
        char *a = g_strndup(base, p - base);
        bool ok = g_hash_table_contains(r->parts, a) &&
                  (g_hash_table_contains(r->parts, p) || (depth == 0 && compound(r, p, 1)));
        g_free(a);
        if (ok)
            return true;
    }
    return false;
}

/* A woman's name the lists lack, by its end: "маа" (the Tibetan "ma")
 * after a part of three letters or more ending in a consonant (Сэржмаа,
 * Хандмаа, Цэрэнмаа); a word of the dictionary so ending (наймаа,
 * хамаа, замаа: a word and its reflexive ending) is none. */
static bool
womans_name_end(const scan *s, const char *base)
{
    if (!g_str_has_suffix(base, "маа") || n_chars(base) < 6)
        return false;
    const char *m = base + strlen(base) - strlen("маа");
    gunichar before = g_utf8_get_char(g_utf8_prev_char(m));
    return g_utf8_strchr("аэиоуөүыеёюяй", -1, before) == NULL && !(s->az && az_is_everyday_word(s->az, base));
}

/* A given name of the lists, in any of its forms; `stem` gets the name,
 * `weak` whether it is an everyday word too. */
/* A double name whose first part is a name or a part (Мөнх-Оргил, Бат-
 * Өлзий): the second may be any word of three letters or more, as parts
 * join freely; places (Баян-Өлгий) are ruled out before. */
static bool
double_name(const mk_rules *r, const char *base)
{
    const char *hy = strchr(base, '-');
    if (hy == NULL || strchr(hy + 1, '-') != NULL || n_chars(hy + 1) < 3 || g_utf8_get_char(base) < 0x400)
        return false;
    char *a = g_strndup(base, hy - base);
    bool ok = g_hash_table_contains(r->parts, a) || g_hash_table_contains(r->names, a);
    g_free(a);
    return ok;
}

static bool
listed(const scan *s, int i, char **stem, bool *weak)
{
    const mk_rules *r = s->r;
    char *core = g_strdup(s->t[i].fold);
    char *hy = strrchr(core, '-');
    if (hy && hy[1] && mk_suffix_chain(r, hy + 1))
        *hy = '\0';
    bool found = false;
    const char *end = core + strlen(core);
    for (const char *p = end; !found && p > core; p = g_utf8_prev_char(p)) {
        if (!mk_suffix_chain(r, p))
            continue;
        char *base = g_strndup(core, p - core);
        /* A short name with an ending is too often a word (Шин + ээр). */
        if (n_chars(base) >= (p == end ? 3 : 4)) {
            bool strong = g_hash_table_contains(r->names, base) || compound(r, base, 0) || double_name(r, base);
            bool weakly = !strong && (g_hash_table_contains(r->weak_names, base) || womans_name_end(s, base));
            /* Уянга -> Уянгын: the stem's last vowel gives way to the ending. */
            if (!strong && !weakly && (g_str_has_prefix(p, "ы") || g_str_has_prefix(p, "и"))) {
                static const char *const vowels[] = {"а", "э", "о", "ө"};
                for (size_t v = 0; v < G_N_ELEMENTS(vowels) && !strong && !weakly; v++) {
                    char *full = g_strconcat(base, vowels[v], NULL);
                    strong = g_hash_table_contains(r->names, full);
                    weakly = !strong && g_hash_table_contains(r->weak_names, full);
                    if (strong || weakly) {
                        g_free(base);
                        base = full;
                    } else {
                        g_free(full);
                    }
                }
            }
            if (strong && s->az && (az_is_everyday_word(s->az, base) || az_is_everyday_word(s->az, core))) {
                strong = false;
                weakly = true;
            }
            if (strong || weakly) {
                found = true;
                *weak = weakly;
                *stem = base;
                base = NULL;
            }
        }
        g_free(base);
    }
    g_free(core);
    return found;
}

/* `fold` with each long vowel cut to its short one (аа, яа -> а, я:
 * алтанхуяаг -> алтанхуяг): the spellings of a long vowel vary. */
static char *
single_vowels(const char *fold)
{
    /* A vowel, and the one a vowel after it lengthens (я + а). */
    static const char *const pairs[][2] = {{"а", "а"}, {"э", "э"}, {"и", "и"}, {"о", "о"}, {"у", "у"}, {"ө", "ө"},
                                           {"ү", "ү"}, {"я", "а"}, {"е", "э"}, {"ё", "о"}, {"ю", "у"}, {"a", "a"},
                                           {"e", "e"}, {"i", "i"}, {"o", "o"}, {"u", "u"}};
    GString *out = g_string_new(NULL);
    const char *lengthened = NULL;
    for (const char *c = fold; *c;) {
        const char *next = g_utf8_next_char(c);
        gsize n = (gsize)(next - c);
        if (lengthened != NULL && strncmp(c, lengthened, n) == 0 && strlen(lengthened) == n) {
            lengthened = NULL;
            c = next;
            continue;
        }
        lengthened = NULL;
        for (size_t k = 0; k < G_N_ELEMENTS(pairs) && lengthened == NULL; k++)
            if (strlen(pairs[k][0]) == n && strncmp(c, pairs[k][0], n) == 0)
                lengthened = pairs[k][1];
        g_string_append_len(out, c, (gssize)n);
        c = next;
    }
    return g_string_free(out, FALSE);
}

/* `word` is `stem`, a long vowel in it spelt once more or once less, with
 * name endings. */
static bool
variant_form_of(const mk_rules *r, const char *word, const char *stem)
{
    char *one = single_vowels(stem);
    bool match = false;
    for (const char *end = g_utf8_next_char(word); !match; end = g_utf8_next_char(end)) {
        char *head = g_strndup(word, (gsize)(end - word));
        char *single = single_vowels(head);
        match = strcmp(single, one) == 0 && strcmp(head, stem) != 0 && mk_suffix_chain(r, end);
        g_free(single);
        g_free(head);
        if (*end == '\0')
            break;
    }
    g_free(one);
    return match;
}

/* `word` is `stem` with its last short vowel given way to an ending that
 * opens with ы or и (Солонго -> Солонгын, Солонгыг; Уянга -> Уянгийн), as
 * listed() allows for the names of the lists: a name learned in one
 * document is met in these forms too.  A long vowel (Ганбаа) stays. */
static bool
vowel_dropped_form_of(const mk_rules *r, const char *word, const char *stem)
{
    static const char *const vowels[] = {"а", "э", "о", "ө"};
    if (n_chars(stem) < 4)
        return false;
    const char *last = g_utf8_prev_char(stem + strlen(stem));
    const char *before = g_utf8_prev_char(last);
    gsize base = (gsize)(last - stem);
    bool short_vowel = false;
    for (size_t v = 0; v < G_N_ELEMENTS(vowels); v++)
        short_vowel = short_vowel || (strcmp(last, vowels[v]) == 0 && strncmp(before, last, strlen(last)) != 0);
    if (!short_vowel || strncmp(word, stem, base) != 0)
        return false;
    const char *tail = word + base;
    return (g_str_has_prefix(tail, "ы") || g_str_has_prefix(tail, "и")) && mk_suffix_chain(r, tail);
}

/* Whether `c` (a Cyrillic letter, lower case) is a vowel. */
static bool
cyrillic_vowel(gunichar c)
{
    return c != 0 && g_utf8_strchr("аэиоуөүыеёюяй", -1, c) != NULL;
}

/* `word` is `stem` in a form Mongolian grammar makes but a list of endings
 * cannot say, an ending chained after it as mask.ini's suffixes allow:
 *   - the genitive of a stem in н by -ий or -ы alone (Тэмүүжин ->
 *     Тэмүүжиний, Алтан -> Алтаны), beside the -гийн of the hidden н;
 *   - the short vowel of a last syllable that falls out before an
 *     ending opening with a vowel (Сарнайцэцэг -> Сарнайцэцгийн,
 *     Оюунбилэг -> Оюунбилгээс, Батбаатар -> Батбаатрын, Сарангэрэл ->
 *     Сарангэрлийг): consonant, short vowel, consonant at the end, the
 *     vowel not lengthened (Ганбаатар keeps its аа), and back: a name
 *     learned so is met with the vowel in (Сарнайцэцгийн, then Сарнайцэцэг).
 * A learned name is a person already: these forms are met in the same
 * document as often as the regular ones. */
static bool
grammar_form_of(const mk_rules *r, const char *word, const char *stem)
{
    if (n_chars(stem) < 4 || g_utf8_get_char(stem) < 0x400)
        return false;
    size_t n = strlen(stem);
    const char *last = g_utf8_prev_char(stem + n);
    if (strncmp(word, stem, n) == 0 && strcmp(last, "н") == 0) {
        const char *tail = word + n;
        const char *rest = g_str_has_prefix(tail, "ий") ? tail + strlen("ий")
                           : g_str_has_prefix(tail, "ы") ? tail + strlen("ы")
                                                          : NULL;
        if (rest && mk_suffix_chain(r, rest))
            return true;
    }
    const char *vowel = g_utf8_prev_char(last);
    const char *before = g_utf8_prev_char(vowel);
    gunichar v = g_utf8_get_char(vowel);
    /* Learned with the vowel out (хохирогч Сарнайцэцгийн), met with it in
     * (Сарнайцэцэг, Сарнайцэцэгт). */
    if (!cyrillic_vowel(v) && !cyrillic_vowel(g_utf8_get_char(last)) && n_chars(stem) >= 5) {
        static const char *const short_vowels[] = {"а", "э", "о", "ө"};
        gsize head = (gsize)(last - stem);
        for (size_t k = 0; k < G_N_ELEMENTS(short_vowels); k++) {
            char *full = g_strdup_printf("%.*s%s%s", (int)head, stem, short_vowels[k], last);
            bool form = g_str_has_prefix(word, full) && mk_suffix_chain(r, word + strlen(full));
            g_free(full);
            if (form)
                return true;
        }
        return false;
    }
    bool short_vowel = (v == 0x430 || v == 0x44D || v == 0x43E || v == 0x4E9) && !cyrillic_vowel(g_utf8_get_char(before));
    if (!short_vowel || cyrillic_vowel(g_utf8_get_char(last)) || n_chars(stem) < 5)
        return false;
    /* The stem without its last vowel: the letters before it, then the last. */
    gsize head = (gsize)(vowel - stem);
    if (strncmp(word, stem, head) != 0 || strncmp(word + head, last, strlen(last)) != 0)
        return false;
    const char *tail = word + head + strlen(last);
    return cyrillic_vowel(g_utf8_get_char(tail)) && g_utf8_get_char(tail) != 0x439 && mk_suffix_chain(r, tail);
}

/* The learned name `fold` is a form of, or NULL; `init` gets its initials. */
static const char *
learned_in(const mk_rules *r, const mk_learned *l, const char *fold, const char **init)
{
    GHashTableIter it;
    gpointer key, value;
    /* Every form below begins as its name does: the whole name (a form
     * of the list's endings), or all but its last letter or two (the
     * grammar's and the spelling's variants, of names of four letters or
     * more).  So a name whose first two letters are not the word's is
     * none of its forms, and a long list of names learned (a decision of
     * thousands of witnesses) costs a comparison of two letters each, not
     * four tests that build strings. */
    gunichar first = g_utf8_get_char(fold);
    gunichar second = first != 0 ? g_utf8_get_char(g_utf8_next_char(fold)) : 0;
    g_hash_table_iter_init(&it, l->masked);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        const char *stem = key;
        gunichar a = g_utf8_get_char(stem);
        if (a != 0 && a != first)
            continue;
        gunichar b = a != 0 ? g_utf8_get_char(g_utf8_next_char(stem)) : 0;
        if (b != 0 && b != second)
            continue;
        bool match = is_form_of(r, fold, stem);
        /* A long vowel spelt once more or once less (Алтанхуяаг for
         * Алтанхуяг): a long name only; the letters up to the ending
         * compared with single vowels, the ending as written. */
        if (!match && n_chars(stem) >= 7 && strncmp(fold, stem, 4) == 0)
            match = variant_form_of(r, fold, stem);
        if (!match)
            match = vowel_dropped_form_of(r, fold, stem);
        if (!match)
            match = grammar_form_of(r, fold, stem);
        if (match) {
            *init = value;
            return stem;
        }
    }
    return NULL;
}

static const char *
learned(const scan *s, const char *fold, const char **init)
{
    return learned_in(s->r, s->l, fold, init);
}

/* ---- Mentions ---- */

typedef struct mention {
    int first, last;          /* tokens replaced */
    int given;                /* the given name's token */
    int initial;              /* the initial's token, or -1 */
    int patronymic;           /* the patronymic's token, or -1 */
    const char *learned_init; /* initials a learned name carries, or NULL */
    bool party;               /* found after a party's role or with a clan name */
    bool once;                /* not learned: a nickname's everyday words (Хар Бат) */
    bool both;                /* the patronymic token is a name too, learned (ENKHBAYAR Nomin) */
    bool given_next;          /* the word after `given` is the given name, a father's before it (Дашням Оргил) */
} mention;

/* "нарийн бичгийн дарга" (the court's secretary) at token `i` (дарга): an
 * official, whose name stays; "дарга" alone may be anyone's boss. */
static bool
court_secretary(const scan *s, int i)
{
    /* A capitalised Secretary heads a name in the list of who sat
     * (Prosecutor …; Secretary U. Tsolmon); a lower-case one is the
     * court's only after "court". */
    if (strcmp(s->t[i].fold, "secretary") == 0)
        return s->t[i].cap ||
               word_is(s, prev_tok(s, i, NULL), (const char *const[]){"court", "court's", "session", "hearing", NULL});
    /* "secretary (clerk) of the court session", as translations render
     * шүүх хуралдааны нарийн бичгийн дарга. */
    if (word_is(s, i, (const char *const[]){"session", "hearing", "sitting", NULL})) {
        int b = prev_tok(s, i, NULL);
        if (word_is(s, b, (const char *const[]){"court", NULL}))
            b = prev_tok(s, b, NULL);
        if (word_is(s, b, (const char *const[]){"the", NULL}))
            b = prev_tok(s, b, NULL);
        return word_is(s, b, (const char *const[]){"of", NULL}) &&
               word_is(s, prev_tok(s, b, NULL), (const char *const[]){"secretary", "clerk", NULL});
    }
    /* A clerk or registrar is the court's when the list of who sat names
     * one (…, clerk D.Khulan, prosecutor …; and clerk N.Ariuntuya; Clerk:
     * Gao Qing; Court Clerk): capitalised, after "court", or an item of a
     * list (a comma, "and", "with" or a line's start before it).  A bank
     * or hotel clerk, "a clerk", is anyone. */
    if (word_is(s, i, (const char *const[]){"clerk", "registrar", "clerks", NULL})) {
        bool nl = false;
        int b = prev_tok(s, i, &nl);
        return s->t[i].cap || b < 0 || nl || is_punct(s, b, ",;:(") ||
               word_is(s, b, (const char *const[]){"court", "court's", "session", "hearing", "and", "with", "deputy",
                                                  "senior", "chief", "assistant", "law", NULL});
    }
    if (strcmp(s->t[i].fold, "дарга") != 0)
        return false;
    int b = prev_tok(s, i, NULL);
    int n = b >= 0 ? prev_tok(s, b, NULL) : -1;
    return n >= 0 && strcmp(s->t[b].fold, "бичгийн") == 0 && strcmp(s->t[n].fold, "нарийн") == 0;
}

/* "хүүхэд хамгааллын ажилтан", "нийгмийн ажилтан" at token `i`: a
 * protection or social worker who acts in the case, an official; a
 * company's ажилтан is anyone. */
static bool
protection_worker(const scan *s, int i)
{
    int b = prev_tok(s, i, NULL);
    if (word_is(s, i, (const char *const[]){"worker", "workers", "officer", NULL}))
        return word_is(s, b, (const char *const[]){"social", "protection", "case", NULL});
    if (!word_is(s, i, (const char *const[]){"ажилтан", "мэргэжилтэн", NULL}))
        return false;
    return is_word(s, b) && word_is(s, b, (const char *const[]){"хамгааллын", "хамгаалалын", "нийгмийн", NULL});
}

/* An official's role of two words at token `i`, its second: the
 * "investigating officer" (the investigator, who keeps a name as мөрдөгч
 * does; an officer named only as a witness, PC Harriet Lowe's statement,
 * does not), the "expert witness", the psychologist (сэтгэл судлаач, as
 * сэтгэл зүйч) and the judge's assistant (шүүгчийн туслах).  Each word
 * alone is anyone's. */
static bool
official_compound(const scan *s, int i)
{
    int b = prev_tok(s, i, NULL);
    if (word_is(s, i, (const char *const[]){"officer", "officers", NULL}))
        return word_is(s, b, (const char *const[]){"investigating", "arresting", "case", NULL});
    if (word_is(s, i, (const char *const[]){"witness", NULL}))
        return word_is(s, b, (const char *const[]){"expert", NULL});
    if (word_is(s, i, (const char *const[]){"судлаач", "судлаачийн", NULL}))
        return word_is(s, b, (const char *const[]){"сэтгэл", NULL});
    if (word_is(s, i, (const char *const[]){"туслах", NULL}))
        return word_is(s, b, (const char *const[]){"шүүгчийн", "шүүхийн", NULL});
    return false;
}

/* Before token `i` (its ")") a bracketed aside of at most `len` tokens
 * (казах хэл), in a table's cell or after a name: its "(", or -1. */
static int
skip_aside_of(const scan *s, int i, int len)
{
    for (int j = i - 1, k = 0; j >= 0 && k < len; j--, k++) {
        if (is_punct(s, j, "()"))
            return is_punct(s, j, "(") ? j : -1;
        if (s->t[j].mark)
            return -1;
    }
    return -1;
}

static int
skip_aside(const scan *s, int i)
{
    return skip_aside_of(s, i, 12);
}

/* Whether party word `i` is the one an official acts for: "Counsel for
 * the appellant", "lawyer of the victim" (the official's role, "for" or
 * "of", "the"). */
static bool
counsel_for(const scan *s, int i)
{
    int k = prev_tok(s, i, NULL);
    if (word_is(s, k, (const char *const[]){"the", NULL}))
        k = prev_tok(s, k, NULL);
    if (!word_is(s, k, (const char *const[]){"for", "of", NULL}))
        return false;
    /* A heading of who appeared (For the defendant: Thomas J. Whelan;
     * For the United States: …): the name after its colon is counsel's. */
    if (s->t[k].cap && is_punct(s, next_tok(s, i, NULL), ":"))
        return true;
    k = prev_tok(s, k, NULL);
    return is_word(s, k) && g_hash_table_contains(s->r->keep_roles, s->t[k].fold);
}

/* The ranks of police and army officers (mask.ini's rank-words holds
 * them with the words that may stand beside them, ахлах, дэд). */
static const char *const officer_ranks[] = {"дэслэгч", "ахмад", "хошууч", "хурандаа", "ахлагч", "генерал",
                                            "lieutenant", "captain", "major", "sergeant", "colonel", NULL};

/* Whether the doctor's word at `i` (эмч) names the court's or the
 * investigator's expert: a keep-role (шинжээч) earlier in the same clause,
 * right before it or with the expert's institute between (Шинжээч эмч
 * Г.Бат; Шинжээч, … хүрээлэнгийн эмч Р.Дорж).  A doctor who treated the
 * child is anyone. */
static bool
expert_doctor(const scan *s, int i)
{
    if (!word_is(s, i, (const char *const[]){"эмч", "emch", "doctor", NULL}))
        return false;
    int b = i;
    for (int n = 0; n < 8; n++) {
        b = prev_tok(s, b, NULL);
        if (b < 0 || s->t[b].mark || is_punct(s, b, ".;()|"))
            return false;
        if (is_word(s, b) && g_hash_table_contains(s->r->keep_roles, s->t[b].fold))
            return true;
        if (is_word(s, b) && g_hash_table_contains(s->r->roles, s->t[b].fold))
            return false;
    }
    return false;
}

/* Whether the word at `i` follows a capitalised name's possessive (Lee's
 * interpreter, Ts.'s driver): a person's, not the court's. */
static bool
possessed(const scan *s, int i)
{
    int p = prev_tok(s, i, NULL);
    if (!word_is(s, p, (const char *const[]){"s", NULL}) || !spaced(s, p, i) || p < 2)
        return false;
    int a = p - 1;
    if (s->t[a].kind != 'p' || s->t[a].e != s->t[p].s ||
        !(s->text[s->t[a].s] == '\'' || g_utf8_get_char(s->text + s->t[a].s) == 0x2019))
        return false;
    int w = a - 1;
    return (s->t[w].kind == 'w' && s->t[w].cap && s->t[w].e == s->t[a].s) ||
           (is_punct(s, w, ".") && w > 0 && s->t[w - 1].kind == 'w' && s->t[w - 1].cap);
}

/* The decision of the role before a mention: 'k' an official role (or a
 * list after one: шүүгч Х.Баярсайхан, Э.Гантулга нар), 'm' a party's role,
 * 0 none.  A table's cell border (Мөрдөгч | Б.Бат) and a bracketed aside
 * (Орчуулагч (орос хэл) | …) stand between as a colon does. */
static char
role_before(const scan *s, int first)
{
    int i = first, words = 0, names = 0, given_before = -1;
    bool list = false, ranked = false;
    for (;;) {
        i = prev_tok(s, i, NULL);
        /* A police or army rank right before the name, its role word
         * missing (ЦЕГ, ахлах дэслэгч Б.Энхтөр): an officer acting in the
         * case, as мөрдөгч is; a party's role before the rank (шүүгдэгч
         * ахмад Б.Бат) is met first and decides. */
        if (ranked && (i < 0 || s->t[i].mark || (s->t[i].kind == 'p' && !is_punct(s, i, ":|*_>")) ||
                       (s->t[i].kind == 'w' && !g_hash_table_contains(s->r->rank_words, s->t[i].fold) &&
                        !g_hash_table_contains(s->r->roles, s->t[i].fold) &&
                        !g_hash_table_contains(s->r->keep_roles, s->t[i].fold))))
            return 'k';
        if (i < 0)
            return 0;
        const tok *t = &s->t[i];
        /* A father's name settled alone right before (Нямдоржийн |
         * Гантулга, the lists know Нямдорж) is the same person's. */
        if (t->mark && !list && i == prev_tok(s, first, NULL) && t->kind == 'w' && genitive(t->fold) &&
            spaced(s, i, first))
            return t->mark;
        if (t->mark)
            return list ? t->mark : 0;
        if (t->kind == 'p') {
            if (is_punct(s, i, ",")) {
                list = true;
                names = 0;
                continue;
            }
            /* An item's number (Шүүгчид: 1. Б.Мөнхбат, 2. Д.Оюун, one a
             * line or not) stands between as a comma does. */
            if (is_punct(s, i, ".)") && i > 0 && s->t[i - 1].kind == 'n' && s->t[i - 1].e == t->s &&
                s->t[i - 1].e - s->t[i - 1].s <= 2) {
                i--;
                list = true;
                names = 0;
                continue;
            }
            /* Markdown's emphasis (Шүүгч **Г.Болд**) is no word between. */
            if (is_punct(s, i, ":|*_"))
                continue;
            /* A quoted reply's mark at a line's start (Judge\n> D. Bold):
             * the line went on. */
            bool nl = false;
            if (is_punct(s, i, ">") && (prev_tok(s, i, &nl) < 0 || nl))
                continue;
            /* The stop of an official's abbreviated title (Hon. Margaret
             * L. Okafor) leaves the title the name's. */
            if (is_punct(s, i, ".") && i > 0 && s->t[i - 1].e == t->s && s->t[i - 1].kind == 'w' &&
                g_hash_table_contains(s->r->keep_roles, s->t[i - 1].fold))
                continue;
            if (is_punct(s, i, ")") && (i = skip_aside(s, i)) >= 0)
                continue;
            return 0;
        }
        if (t->kind != 'w')
            return 0;
        /* An initial written without its full stop right before the name
         * (шүүгч Р Болдбаатар, хохирогч Л Дорж) leaves the role its own. */
        if (t->cap && t->letters == 1 && i == prev_tok(s, first, NULL) && spaced(s, i, first))
            continue;
        /* A party's own interpreter or lawyer (Lee's interpreter, the
         * accused's lawyer), hired privately, is a private person. */
        if (g_hash_table_contains(s->r->keep_roles, t->fold) && possessed(s, i))
            return 'm';
        if (g_hash_table_contains(s->r->keep_roles, t->fold) || court_secretary(s, i) || protection_worker(s, i) ||
            official_compound(s, i))
            return 'k';
        if (g_hash_table_contains(s->r->roles, t->fold))
            return counsel_for(s, i) || expert_doctor(s, i) ? 'k' : 'm';
        /* English puts the given name before a middle initial (Judge
         * Patricia L. Gaines): the role before it is the mention's. */
        if (t->cap && !t->upper && t->letters >= 2 && i == prev_tok(s, first, NULL) && spaced(s, i, first) &&
            is_initial(s, first) && g_utf8_get_char(s->text + t->s) < 0x400) {
            given_before = i;
            continue;
        }
        /* ...two given names too (Consul Maria Teresa L. Aquino). */
        if (given_before >= 0 && t->cap && !t->upper && t->letters >= 2 && i == prev_tok(s, given_before, NULL) &&
            spaced(s, i, given_before) && g_utf8_get_char(s->text + t->s) < 0x400 && !ruled_out(s, i)) {
            given_before = -1;
            continue;
        }
        /* A Korean or Chinese family name before the given name's
         * syllables (хэлмэрч Пак Сон Ми, орчуулагч Ким Мин Жүн): short,
         * right before, the role before it the mention's. */
        if (t->cap && !t->upper && t->letters <= 4 && i == prev_tok(s, first, NULL) && spaced(s, i, first) &&
            g_utf8_get_char(s->text + t->s) >= 0x400 && s->t[first].letters <= 3)
            continue;
        if (strcmp(t->fold, "болон") == 0 || strcmp(t->fold, "ба") == 0 || strcmp(t->fold, "and") == 0) {
            list = true;
            names = 0;
            continue;
        }
        if (g_hash_table_contains(s->r->rank_words, t->fold) && ++words <= MK_RANK_WORDS) {
            ranked = ranked || word_is(s, i, officer_ranks);
            continue;
        }
        /* A name in the list not claimed (Орчуулагч Пак Сон Ми (солонгос
         * хэл) болон …): up to three capitalised words an item, as many
         * items as the list has (a panel of five judges, each with a
         * patronymic, is ten words). */
        /* (Not a word the lists rule out: "… in Persons, Article 21.", then
         * "4. D. Bold to …", is no list of the role's.) */
        if (list && t->cap && !ruled_out(s, i) && ++names <= 3)
            continue;
        return 0;
    }
}

/* Whether `fold` ends in one of the `n` endings of `ends`. */
static bool
ends_in(const char *fold, const char *const *ends, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (g_str_has_suffix(fold, ends[i]))
            return true;
    return false;
}

/* A name in a case that makes it the object of a sentence (Б.Батбаярыг,
 * Б.Батбаяраас, Г.Сарантуяа-г): "Прокурор Б.Батбаярыг яллав" names the
 * accused after the prosecutor, not the prosecutor. */
static bool
object_case(const char *fold)
{
    static const char *const ends[] = {"ыг",  "ийг", "-г",  "аас", "ээс", "оос", "өөс", "аар", "ээр",
                                       "оор", "өөр", "тай", "тэй", "той", "руу", "рүү", "луу", "лүү"};
    if (ends_in(fold, ends, G_N_ELEMENTS(ends)))
        return true;
    /* Сарантуяаг, Мөнхтуяаг: the accusative after a long vowel. */
    static const char *const longs[] = {"аа", "ээ", "оо", "өө", "уу", "үү", "яа", "ёо", "еэ", "юу", "ий", "ай", "эй",
                                        "ой", "уй", "үй", "н"};
    if (g_str_has_suffix(fold, "г")) {
        size_t n = strlen(fold) - strlen("г");
        for (size_t i = 0; i < G_N_ELEMENTS(longs); i++) {
            size_t m = strlen(longs[i]);
            if (n > m && strncmp(fold + n - m, longs[i], m) == 0)
                return true;
        }
    }
    return false;
}

/* The initials of a mention as written: "Б", "Kh", or "" (upper case). */
static char *
mention_initials(const scan *s, const mention *m)
{
    if (m->initial >= 0)
        return g_strndup(s->text + s->t[m->initial].s, s->t[m->initial].e - s->t[m->initial].s);
    if (m->patronymic >= 0) {
        gunichar c = g_unichar_toupper(g_utf8_get_char(s->text + s->t[m->patronymic].s));
        char buf[8] = {0};
        g_unichar_to_utf8(c, buf);
        return g_strdup(buf);
    }
    return g_strdup(m->learned_init ? m->learned_init : "");
}

/* Б.Б. for Б.Батбаяр, Б. for a name whose patronymic is not known. */
static char *
placeholder(const scan *s, const mention *m, const char *init)
{
    const char *g = s->text + s->t[m->given].s;
    gunichar c = g_unichar_toupper(g_utf8_get_char(g));
    char first[8] = {0};
    g_unichar_to_utf8(c, first);
    GString *out = g_string_new(NULL);
    if (*init && c < 128 && g_utf8_get_char(init) >= 0x400) {
        /* A Latin spelling of a name learned with a Cyrillic initial: the
         * initial in Latin too (Ж -> J, Ц -> Ts). */
        char *fold = g_utf8_strdown(init, -1), *key = tl_key(fold);
        static const char *const digraphs[][2] = {{"c", "Ts"}, {"q", "Ch"}, {"w", "Sh"}, {"h", "Kh"}};
        const char *latin = NULL;
        for (size_t k = 0; k < G_N_ELEMENTS(digraphs) && latin == NULL; k++)
            if (strcmp(key, digraphs[k][0]) == 0)
                latin = digraphs[k][1];
        if (latin != NULL)
            g_string_append_printf(out, "%s.", latin);
        else if (*key && g_ascii_isalpha(*key))
            g_string_append_printf(out, "%c.", g_ascii_toupper(*key));
        g_free(key);
        g_free(fold);
    } else if (*init) {
        g_string_append_printf(out, "%s.", init);
    }
    g_string_append(out, first);
    /* Latin digraph initials (Kh, Ch, Ts) as the names are spelt. */
    const char *second = g_utf8_next_char(g);
    char *two = g_utf8_strdown(g, second - g + (*second ? (g_utf8_next_char(second) - second) : 0));
    if (c < 128 && latin_digraph(two))
        g_string_append_c(out, g_ascii_tolower(*second));
    g_free(two);
    g_string_append_c(out, '.');
    return g_string_free(out, FALSE);
}

static bool
any_in(const GPtrArray *stems, GHashTable *set)
{
    for (guint i = 0; i < stems->len; i++)
        if (g_hash_table_contains(set, stems->pdata[i]))
            return true;
    return false;
}

/* Whether every party named with one of `stems` was named with initials
 * other than `init` (and some were named with initials at all). */
static bool
other_initial(const scan *s, const GPtrArray *stems, const char *init)
{
    bool any = false;
    for (guint i = 0; i < stems->len; i++) {
        if (!g_hash_table_contains(s->l->party, stems->pdata[i]))
            continue;
        const char *known = g_hash_table_lookup(s->l->masked, stems->pdata[i]);
        if (known == NULL || !*known || g_ascii_strcasecmp(known, init) == 0 || strcmp(known, init) == 0)
            return false;
        any = true;
    }
    return any;
}

/* A Russian family name (Соколов, Петрова, Лебедев, Ковальчук, Гончаренко,
 * Островский): the word after it is the given name, even one the
 * dictionary gives as a place (Дмитрий). */
static bool
slavic_surname(const char *fold)
{
    static const char *const ends[] = {"ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ский", "ская", "цкий",
                                       "цкая", "енко", "чук", "ук"};
    return g_utf8_strlen(fold, -1) >= 5 && ends_in(fold, ends, G_N_ELEMENTS(ends));
}

static bool cyrillic_family(const scan *s, int i);

/* Whether `fold` is a patronymic as Russian, Uzbek, Kyrgyz or Kazakh names
 * are written in Cyrillic (Павлович, Бахтиёрович, Викторовна, Ильинична,
 * Кайратулы, Серикович, Алиевич): a name's middle word, never a place,
 * though hunspell-mn files some (Николаевич) with its places. */
static bool
cyrillic_patronymic(const char *fold)
{
    static const char *const ends[] = {"вич", "вна", "ична", "инична", "улы", "ұлы", "кызы", "қызы", "оглы", "угли", "ович"};
    return n_chars(fold) >= 6 && ends_in(fold, ends, G_N_ELEMENTS(ends));
}

/* Whether the place's name at `k`, right after a party's name `m` of one
 * word, is the person's given name after a father's name written in the
 * nominative (Шүүгдэгч Дашням Оргил (…), 1979 онд): both in the
 * nominative, the first a party's, and a bracket, a comma,
 * "нь" or a number after the second, where a place would take a case
 * ending or a place word (Болд Дархан руу, Болд Сэлэнгэ аймагт). */
static bool
given_after_father(const scan *s, const mention *m, int k)
{
    if (m->last != m->given || m->patronymic >= 0 || !m->party || genitive(s->t[m->given].fold) ||
        object_case(s->t[m->given].fold))
        return false;
    int n = next_tok(s, k, NULL);
    return n < 0 || is_punct(s, n, ",(") || s->t[n].kind == 'n' || word_is(s, n, (const char *const[]){"нь", NULL});
}

/* A name written as several words runs on after its first (Ли Хуа, Ким
 * Мин Жүн, Серикбол Нурлан, Хар Бат буюу …): after a masked Cyrillic name
 * with no initial, up to two more capitalised Cyrillic words, spaced, that
 * no rule calls a body, a role or an initial, nor a place unless the lists
 * know it as a given name too (Бат), are the same person's.  Mongolian
 * capitalises nothing else in a sentence. */
static void
extend_right(const scan *s, mention *m)
{
    if (m->initial >= 0 || m->last != m->given || g_utf8_get_char(s->text + s->t[m->given].s) < 0x400)
        return;
    /* A case ending closes a name: Mongolian inflects its last word only,
     * so the capitalised word after Энхтуяаг, Болдтой is another (Дубай,
     * a place the lists lack). */
    if (object_case(s->t[m->given].fold))
        return;
    for (int n = 0; n < 2; n++) {
        int k = next_tok(s, m->last, NULL);
        /* Over a line's end only after a patronymic (Энхболдын|Уянга). */
        bool next = spaced(s, m->last, k) || (genitive(s->t[m->last].fold) && spaced_wrapped(s, m->last, k));
        /* ...and after a foreign surname or family name (Рахимов|Шерзод
         * Бахтиёрович, Ван|Лэй: a PDF's lines), or before a patronymic. */
        int after_k = next_tok(s, k, NULL);
        if (!next && is_word(s, k) && spaced_wrapped(s, m->last, k) &&
            (slavic_surname(s->t[m->last].fold) || cyrillic_family(s, m->last) ||
             cyrillic_patronymic(s->t[k].fold) || (is_word(s, after_k) && cyrillic_patronymic(s->t[after_k].fold))))
            next = true;
        if (!is_word(s, k) || s->t[k].mark || !s->t[k].cap || s->t[k].upper || !next ||
            g_utf8_get_char(s->text + s->t[k].s) < 0x400 || core_letters(s, k) < 2 || is_initial(s, k) ||
            ruled_out(s, k) || before_place(s, k))
            return;
        /* A word with a colon after it is a form's next label (Нэр: Бат
         * Болдын Саруул   Хүйс: эм), no part of the name before it. */
        if (k + 1 < s->n && s->t[k + 1].s == s->t[k].e && is_punct(s, k + 1, ":"))
            return;
        char *stem = NULL;
        bool weak = false;
        bool father = n == 0 && a_place(s, k) && given_after_father(s, m, k);
        /* A father's name after the given name, in the genitive, closing
         * the person (Алтанцэцэг Дэлгэрийн (ээж), | Бат Хэрлэнгийн |): a
         * place there would name a thing after it. */
        bool nl = false;
        int after = next_tok(s, k, &nl);
        bool father_after = n == 0 && genitive(s->t[k].fold) && !object_case(s->t[m->given].fold) &&
                            (after < 0 || nl || is_punct(s, after, ",(|;"));
        bool name = a_place(s, k) && (listed(s, k, &stem, &weak) || slavic_surname(s->t[m->last].fold) || father ||
                                      father_after || cyrillic_patronymic(s->t[k].fold) ||
                                      cyrillic_patronymic(s->t[m->last].fold));
        g_free(stem);
        m->given_next = m->given_next || father;
        if (a_place(s, k) && !name)
            return;
        m->last = k;
    }
}

/* A Chinese or Korean official's name in Cyrillic runs on in syllables
 * of its own (хэлмэрч Л.Чэнь Юй, орчуулагч Пак Сон Ми): after a kept
 * Cyrillic name, up to two more capitalised words of at most three
 * letters, spaced, are the same official's, not another's to mask. */
static void
extend_syllables(const scan *s, mention *m)
{
    if (g_utf8_get_char(s->text + s->t[m->last].s) < 0x400)
        return;
    for (int n = 0; n < 2; n++) {
        int k = next_tok(s, m->last, NULL);
        if (!is_word(s, k) || s->t[k].mark || !s->t[k].cap || s->t[k].upper || !spaced(s, m->last, k) ||
            g_utf8_get_char(s->text + s->t[k].s) < 0x400 || s->t[k].letters > 3 || is_initial(s, k) ||
            ruled_out(s, k) || before_place(s, k))
            return;
        m->last = k;
    }
}

/* Whether the word `i` is two parts joined with a hyphen, the second in
 * small letters, as Korean and Chinese given names are written (Min-su,
 * Ji-hoon, Hyun-woo). */
static bool
hyphenated_given(const scan *s, int i)
{
    const char *w = s->text + s->t[i].s;
    const char *hy = memchr(w, '-', (size_t)(s->t[i].e - s->t[i].s));
    return hy != NULL && g_ascii_islower(hy[1]);
}

/* Whether `fold` is a Russian or Kazakh patronymic as English writes it
 * (Sergeyevna, Nurlanovna, Ivanovich): a family name follows it. */
static bool
slavic_patronymic(const char *fold)
{
    static const char *const ends[] = {"ovna", "evna", "ovich", "evich", "yevna", "yevich", "ovych", "ivna"};
    return n_chars(fold) >= 7 && ends_in(fold, ends, G_N_ELEMENTS(ends));
}

/* A foreign name's family name after the part found (Daniel Hyun-woo
 * Park: a Korean given name, hyphenated, then the family name of the
 * list; RAMON DIZON y SANTOS, Maria Cruz y Reyes: a Filipino's mother's
 * surname after "y"): the same person's, masked with it. */
static void
extend_family_last(const scan *s, mention *m)
{
    int l = m->last, k = next_tok(s, l, NULL);
    if (!is_word(s, l) || g_utf8_get_char(s->text + s->t[l].s) >= 0x400 || !is_word(s, k) || s->t[k].mark ||
        !spaced(s, l, k))
        return;
    if (hyphenated_given(s, l) && s->t[k].cap && g_hash_table_contains(s->r->family_first, s->t[k].fold)) {
        m->last = k;
        return;
    }
    int f = next_tok(s, k, NULL);
    if (strcmp(s->t[k].fold, "y") == 0 && !s->t[k].cap && is_word(s, f) && !s->t[f].mark && s->t[f].cap &&
        spaced(s, k, f) && g_utf8_get_char(s->text + s->t[f].s) < 0x400 && core_letters(s, f) >= 3 &&
        !excluded(s, f))
        m->last = f;
}

/* Whether mention `m` is in the comitative with "хамт" after it (сэтгэл
 * зүйч Б.Оюунтай хамт): "together with the psychologist", the official
 * the role names, not an object of the sentence. */
static bool
along_with(const scan *s, const mention *m)
{
    static const char *const ends[] = {"тай", "тэй", "той"};
    return ends_in(s->t[m->given].fold, ends, G_N_ELEMENTS(ends)) &&
           word_is(s, next_tok(s, m->last, NULL), (const char *const[]){"хамт", NULL});
}

/* A name in Kazakh letters spelt as Mongolian and Russian write it
 * (Айгерім -> айгерим, Нұрлан -> нурлан, Қайрат -> кайрат, Әсел -> асел):
 * a decision that names a Kazakh party in Kazakh letters once writes the
 * name in its own alphabet after.  NULL when the word has no letter only
 * Kazakh writes. */
static char *
kazakh_respelt(const char *fold)
{
    static const gunichar from[] = {0x456, 0x4B1, 0x49B, 0x493, 0x4A3, 0x4D9, 0x4BB};
    static const gunichar to[] = {0x438, 0x443, 0x43A, 0x433, 0x43D, 0x430, 0x445};
    GString *out = g_string_new(NULL);
    bool changed = false;
    for (const char *c = fold; *c; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        for (size_t k = 0; k < G_N_ELEMENTS(from); k++)
            if (u == from[k]) {
                u = to[k];
                changed = true;
                break;
            }
        g_string_append_unichar(out, u);
    }
    if (!changed) {
        g_string_free(out, TRUE);
        return NULL;
    }
    return g_string_free(out, FALSE);
}

/* Learns the stems of name word `i` of a masked mention. */
static void
learn_masked(scan *s, int i, const char *init, bool party)
{
    GPtrArray *stems = name_stems(s->r, s->t[i].fold);
    /* A Latin-typed name met first in the accusative (khokhirogch
     * M.Nomin-Erdeneg, Batyg): its nominative too, five letters at least. */
    const char *w = s->t[i].fold;
    size_t wl = strlen(w);
    if (g_utf8_get_char(s->text + s->t[i].s) < 0x250 && wl >= 6) {
        size_t cut = 0;
        if (g_str_has_suffix(w, "iig") || g_str_has_suffix(w, "yig"))
            cut = 3;
        else if (g_str_has_suffix(w, "yg"))
            cut = 2;
        else if (w[wl - 1] == 'g' && strchr("aeioun", w[wl - 2]) != NULL)
            cut = 1;
        if (cut > 0 && wl - cut >= 5)
            g_ptr_array_add(stems, g_strndup(w, wl - cut));
    }
    /* A name ending in a diphthong takes a bare -н in the genitive
     * (Хангай: Б.Хангайн): learned only so, its nominative is the name. */
    static const char *const diphthong_genitives[] = {"айн", "эйн", "ойн", "уйн", "үйн"};
    const char *core = stems->pdata[0];
    for (size_t k = 0; k < G_N_ELEMENTS(diphthong_genitives); k++)
        if (g_str_has_suffix(core, diphthong_genitives[k]) && n_chars(core) >= 6)
            g_ptr_array_add(stems, g_strndup(core, strlen(core) - strlen("н")));
    for (guint k = 0, n = stems->len; k < n; k++) {
        char *respelt = kazakh_respelt(stems->pdata[k]);
        if (respelt != NULL && n_chars(respelt) >= 4)
            g_ptr_array_add(stems, respelt);
        else
            g_free(respelt);
    }
    /* A double name's first part, its short form (Номин-Эрдэнэ: "Номиныг
     * авчир" in a quoted chat), four letters at least; its last part too,
     * two letters at least, as a chat calls the child (Munkh-Od: "Od
     * minii", Мөнх-Од: "Од оо"), unless it is an official's name of the
     * same document (Н.Од the secretary). */
    char *hy = strchr(s->t[i].fold, '-');
    if (hy != NULL && hy > s->t[i].fold && mk_suffix_chain(s->r, hy + 1) == false) {
        char *first = g_strndup(s->t[i].fold, (gsize)(hy - s->t[i].fold));
        if (n_chars(first) >= 4 && !g_hash_table_contains(s->l->masked, first))
            g_hash_table_replace(s->l->masked, g_strdup(first), g_strdup(init));
        g_free(first);
    }
    /* ...the last part with its case ending cut (Мөнх-Одыг: од) */
    const char *hy_last = strrchr(s->t[i].fold, '-');
    if (hy_last != NULL && hy_last > s->t[i].fold && n_chars(hy_last + 1) >= 2) {
        GPtrArray *part = name_stems(s->r, hy_last + 1);
        for (guint k = 0; k < part->len; k++) {
            const char *p0 = part->pdata[k];
            if (n_chars(p0) >= 2 && !g_hash_table_contains(s->l->masked, p0) &&
                !g_hash_table_contains(s->l->kept_stems, p0))
                g_hash_table_replace(s->l->masked, g_strdup(p0), g_strdup(init));
        }
        g_ptr_array_free(part, TRUE);
    }
    for (guint k = 0; k < stems->len; k++) {
        if (!g_hash_table_contains(s->l->masked, stems->pdata[k]) || *init)
            g_hash_table_replace(s->l->masked, g_strdup(stems->pdata[k]), g_strdup(init));
        if (party)
            g_hash_table_add(s->l->party, g_strdup(stems->pdata[k]));
    }
    g_ptr_array_free(stems, TRUE);
}

/* Whether mention `m` is the judge who presides, written by the verb
 * after the name and a rank before it, with no role word (танхимын
 * тэргүүн Д.Эрдэнэбалсүрэн даргалж, шүүх хуралдааныг Б.Бат даргалсан): a
 * chamber's head or a court's chief presiding is a judge. */
static bool
presiding(const scan *s, const mention *m)
{
    int v = next_tok(s, m->last, NULL), p = prev_tok(s, m->first, NULL);
    return is_word(s, v) && g_str_has_prefix(s->t[v].fold, "даргал") && is_word(s, p) &&
           (g_hash_table_contains(s->r->rank_words, s->t[p].fold) ||
            word_is(s, p, (const char *const[]){"дарга", "хуралдааныг", "хурлыг", NULL}));
}

/* Decides, marks and records one mention.  An official keeps their name;
 * a name ever met in a party's role is masked everywhere, whatever role
 * seems to stand before it elsewhere. */
static void
settle(scan *s, mention *m)
{
    char *init = mention_initials(s, m);
    char *init_fold = g_utf8_strdown(init, -1);
    GPtrArray *stems = name_stems(s->r, s->t[m->given].fold);
    char role = role_before(s, m->first);
    if (role == 0 && !m->party && presiding(s, m))
        role = 'k';
    bool party = m->party || role == 'm';
    bool keep = false;
    for (guint i = 0; !keep && i < stems->len; i++) {
        char *key = g_strconcat(init_fold, ".", stems->pdata[i], NULL);
        keep = g_hash_table_contains(s->l->kept, key);
        g_free(key);
    }
    if (!keep && role == 'k' && (!object_case(s->t[m->given].fold) || along_with(s, m)))
        keep = true;
    if (!keep && m->initial < 0 && m->learned_init == NULL)
        keep = any_in(stems, s->l->kept_stems) && !any_in(stems, s->l->masked);
    /* An official's name that a party shares stays only when the initials
     * tell them apart: шүүгч Н.Ганзориг and a witness Гомбын Ганзориг
     * (Г.) are two people; without an initial they could be one. */
    if (party || (any_in(stems, s->l->party) && !(role == 'k' && *init_fold && other_initial(s, stems, init))))
        keep = false;
    if (!keep)
        extend_right(s, m);
    else
        extend_syllables(s, m);
    if (!keep)
        extend_family_last(s, m);
    for (int i = m->first; i <= m->last; i++)
        s->t[i].mark = keep ? 'k' : 'm';
    if (keep) {
        if (s->learn)
            for (guint i = 0; i < stems->len; i++) {
                g_hash_table_add(s->l->kept, g_strconcat(init_fold, ".", stems->pdata[i], NULL));
                g_hash_table_add(s->l->kept_stems, g_strdup(stems->pdata[i]));
            }
    } else {
        if (s->learn && m->both) {
            GPtrArray *other = name_stems(s->r, s->t[m->patronymic].fold);
            for (guint i = 0; i < other->len; i++) {
                if (!g_hash_table_contains(s->l->masked, other->pdata[i]))
                    g_hash_table_replace(s->l->masked, g_strdup(other->pdata[i]), g_strdup(""));
                g_hash_table_add(s->l->party, g_strdup(other->pdata[i]));
            }
            g_ptr_array_free(other, TRUE);
        }
        if (s->learn && !m->once)
            learn_masked(s, m->given, init, party);
        /* A masked person's father's name, to be found again where spelt
         * in Latin (Оргилболдын Түмэнжаргал, then Tumee Orgilbold), unless
         * an official bears it. */
        if (s->learn && m->patronymic >= 0 && !m->both) {
            GPtrArray *father = name_stems(s->r, s->t[m->patronymic].fold);
            for (guint i = 0; i < father->len; i++)
                if (n_chars(father->pdata[i]) >= 5 && !g_hash_table_contains(s->l->kept_stems, father->pdata[i]))
                    g_hash_table_replace(s->l->fathers, g_strdup(father->pdata[i]), NULL);
            g_ptr_array_free(father, TRUE);
        }
        /* A double given name before the family name, as English orders
         * them (Tsend-Ayush Orkhon): learned too, its parts with it. */
        for (int i = m->first; s->learn && !m->once && i < m->given; i++)
            if (is_word(s, i) && i != m->initial && s->t[i].cap && s->t[i].letters >= 4 &&
                (i != m->patronymic || g_utf8_get_char(s->text + s->t[i].s) < 0x400) &&
                strchr(s->t[i].fold, '-') != NULL && !ruled_out(s, i))
                learn_masked(s, i, "", party);
        /* The words a name ran on with, unless everyday ones (Хар Бат). */
        for (int i = m->given + 1; s->learn && !m->once && i <= m->last; i++)
            if (is_word(s, i) && i != m->initial && s->t[i].cap && s->t[i].letters >= 2 &&
                (!everyday(s, s->t[i].fold) || (m->given_next && i == next_tok(s, m->given, NULL))))
                learn_masked(s, i, "", party);
        /* A nickname of several words, to be found again whole (Хар Бат
         * нь, Хар Батыг) though its words alone are everyday ones. */
        if (s->learn && m->once && m->first != m->last && is_word(s, m->first) && is_word(s, m->last)) {
            GPtrArray *words = g_ptr_array_new();
            for (int i = m->first; i <= m->last; i++)
                if (is_word(s, i))
                    g_ptr_array_add(words, g_strdup(s->t[i].fold));
            g_ptr_array_add(words, NULL);
            g_ptr_array_add(s->l->phrases, g_ptr_array_free(words, FALSE));
        }
        if (s->spans) {
            ix_mask_span *sp = g_new0(ix_mask_span, 1);
            sp->start = s->t[m->first].s;
            sp->end = s->t[m->last].e;
            sp->kind = IX_MASK_NAME;
            sp->replacement = placeholder(s, m, init);
            g_ptr_array_add(s->spans, sp);
        }
    }
    g_ptr_array_free(stems, TRUE);
    g_free(init_fold);
    g_free(init);
}

static bool
free_tok(const scan *s, int i)
{
    return i >= 0 && i < s->n && s->t[i].mark == 0;
}

/* A clan name before овогт, a patronymic before a name: taken into the
 * mention when they stand right before it. */
static void
extend_left(const scan *s, mention *m, bool patronymic_too)
{
    int p = prev_tok(s, m->first, NULL);
    /* A capitalised genitive right before a masked person's given name is
     * their father's name, though the lists know it as a place or a name's
     * part only (Тариатын Ганзоригт: Тариат is a soum): a father's
     * name is most often a word of another sense.  Not a compound place's
     * (Дархан-Уулын, Баян-Өлгийн: the province's person), nor a word the
     * lists rule out (Улсын, Шүүхийн).  A kept official's is kept with
     * them. */
    bool fathers = is_word(s, p) && !ruled_out(s, p) &&
                   !(a_place(s, p) && memchr(s->text + s->t[p].s, '-', (size_t)(s->t[p].e - s->t[p].s)) != NULL);
    /* The name opens its line after a patronymic that ends the last: no
     * sentence's start. */
    bool opens = sentence_start(s, m->first) && !(p >= 0 && spaced_wrapped(s, p, m->first) && !sentence_start(s, p));
    if (patronymic_too && m->initial < 0 && is_word(s, p) && free_tok(s, p) && s->t[p].cap &&
        spaced_wrapped(s, p, m->first) && s->t[p].letters >= 3 && genitive(s->t[p].fold) && fathers && !opens) {
        m->first = p;
        m->patronymic = p;
        p = prev_tok(s, p, NULL);
    }
    /* An East Asian family name in Cyrillic before the given name learned
     * (Ким Дэхёнтэй): the same person's. */
    if (m->initial < 0 && m->first == m->given && is_word(s, p) && free_tok(s, p) && spaced(s, p, m->first) &&
        g_utf8_get_char(s->text + s->t[m->first].s) >= 0x400 && cyrillic_family(s, p)) {
        m->first = p;
        return;
    }
    if (is_word(s, p) && free_tok(s, p) && g_hash_table_contains(s->r->clan_words, s->t[p].fold) &&
        spaced(s, p, m->first)) {
        int c = prev_tok(s, p, NULL);
        if (is_word(s, c) && free_tok(s, c) && s->t[c].cap && spaced(s, c, p))
            m->first = c;
    }
}

/* `fold` with the long vowels English spells short written long: "yu"
 * before a consonant as "yuu" (Oyun: Оюун) and a final "ya" as "yaa"
 * (Munkhzaya: Мөнхзаяа); NULL when it has neither. */
static char *
latin_long_vowels(const char *fold)
{
    GString *out = g_string_new(NULL);
    bool changed = false;
    for (const char *c = fold; *c; c++) {
        g_string_append_c(out, *c);
        if (c[0] == 'y' && c[1] == 'u' && c[2] && strchr("aeiouy-", c[2]) == NULL && g_ascii_isalpha(c[2])) {
            g_string_append(out, "uu");
            c++;
            changed = true;
        } else if (c[0] == 'y' && c[1] == 'a' && c[2] == '\0' && c > fold + 2) {
            g_string_append(out, "aa");
            c++;
            changed = true;
        }
    }
    if (!changed) {
        g_string_free(out, TRUE);
        return NULL;
    }
    return g_string_free(out, FALSE);
}

/* Whether a Latin word may spell a given name of the lists (Saraa:
 * сараа; Bat-Erdene: бат + эрдэнэ, hyphenated), in any Cyrillic spelling
 * of it. */
static bool
latin_listed(const mk_rules *r, const char *fold, bool joined)
{
    if (n_chars(fold) < 4)
        return false;
    GPtrArray *cands = g_ptr_array_new_with_free_func(g_free);
    /* The parts of a name keep their own harmony (Дулам + сүрэн). */
    tl_cyrillic_candidates(fold, !joined, 512, cands);
    /* English spells юу before a consonant "yu" (Oyun, Oyunchimeg: Оюун,
     * Оюунчимэг), as the letters would spell ю alone. */
    char *long_yu = latin_long_vowels(fold);
    if (long_yu != NULL)
        tl_cyrillic_candidates(long_yu, !joined, 512, cands);
    g_free(long_yu);
    bool found = false;
    for (guint i = 0; i < cands->len && !found; i++) {
        const char *c = cands->pdata[i];
        /* Two parts make a name only when written with their hyphen
         * (Bat-Erdene), or run together where a role says a name comes
         * (grandmother Dulamsuren): elsewhere, too many words split into
         * two short parts. */
        found = g_hash_table_contains(r->names, c) || g_hash_table_contains(r->weak_names, c) ||
                ((joined || strchr(c, '-') != NULL) && compound(r, c, 0));
    }
    g_ptr_array_free(cands, TRUE);
    /* A double name with its hyphen (Bold-Erdene, Suvd-Erdene), each side
     * a name or a name's part of the lists in some spelling: the
     * transliterator spells the whole word with one harmony, its parts
     * keep their own. */
    const char *hy = strchr(fold, '-');
    if (!found && joined && hy != NULL && strchr(hy + 1, '-') == NULL && hy - fold >= 3 && n_chars(hy + 1) >= 3) {
        char *sides[] = {g_strndup(fold, (gsize)(hy - fold)), g_strdup(hy + 1)};
        found = true;
        for (int k = 0; k < 2; k++) {
            GPtrArray *one = g_ptr_array_new_with_free_func(g_free);
            tl_cyrillic_candidates(sides[k], TRUE, 64, one);
            bool side = false;
            for (guint i = 0; i < one->len && !side; i++)
                side = g_hash_table_contains(r->names, one->pdata[i]) || g_hash_table_contains(r->parts, one->pdata[i]);
            found = found && side;
            g_ptr_array_free(one, TRUE);
            g_free(sides[k]);
        }
    }
    return found;
}

/* Whether a Latin word spells two Mongolian name parts joined, each of
 * three letters or more (Oyunchimeg: оюун + чимэг, Batbayar), the shape
 * of a Mongolian given name, which a Western one (William, Nelson) is
 * not. */
static bool
latin_compound(const mk_rules *r, const char *fold)
{
    GPtrArray *cands = g_ptr_array_new_with_free_func(g_free);
    tl_cyrillic_candidates(fold, FALSE, 512, cands);
    char *long_yu = latin_long_vowels(fold);
    if (long_yu != NULL)
        tl_cyrillic_candidates(long_yu, FALSE, 512, cands);
    g_free(long_yu);
    bool found = false;
    for (guint i = 0; i < cands->len && !found; i++) {
        const char *c = cands->pdata[i];
        for (const char *p = c; *p && !found; p = g_utf8_next_char(p)) {
            if (n_chars(p) < 3 || (gsize)g_utf8_pointer_to_offset(c, p) < 3)
                continue;
            char *a = g_strndup(c, p - c);
            found = g_hash_table_contains(r->parts, a) && g_hash_table_contains(r->parts, p);
            g_free(a);
        }
    }
    g_ptr_array_free(cands, TRUE);
    return found;
}

/* Whether a Latin word is a name by its own shape or the lists: a given
 * name of the lists in any spelling (Tsetseg, Gansukh, Dulamsuren), or
 * two parts joined with a hyphen, the second in small letters, as Korean
 * and Chinese given names are written (Min-su, Ji-hoon).  Not a phrase of
 * capitalised English (National Referral Mechanism, Gift Surplus). */
static bool
latin_name(const scan *s, int i)
{
    return hyphenated_given(s, i) || latin_listed(s->r, s->t[i].fold, true);
}

/* Whether the Latin word `i` is a Chinese, Korean or Vietnamese family
 * name as English writes one, before the given name (Defendant Zhang Wei,
 * the accused Li Na, victim Kim Ji-woo, witness Nguyen Lan): short and
 * few, so listed (mask.ini family-first); after a role with a capitalised
 * word after it, the two are one person. */
static bool
east_asian_family(const scan *s, int i)
{
    return is_word(s, i) && s->t[i].cap && g_utf8_get_char(s->text + s->t[i].s) < 0x400 &&
           g_hash_table_contains(s->r->family_first, s->t[i].fold);
}

/* Past Markdown's emphasis that closes a role (**Defendant** Zhang Wei,
 * _victim_ Saraa): the token after the marks, or `j`. */
static int
past_emphasis(const scan *s, int j)
{
    for (int n = 0; n < 3 && is_punct(s, j, "*_"); n++)
        j = next_tok(s, j, NULL);
    return j;
}

/* The party's role right before token j (a colon or comma between
 * allowed: хохирогч: Нар; Markdown's emphasis too: **Victim** Saraa), or
 * -1. */
static int
role_right_before(const scan *s, int j)
{
    int r = prev_tok(s, j, NULL);
    for (int n = 0; n < 3 && is_punct(s, r, "*_"); n++)
        r = prev_tok(s, r, NULL);
    if (is_punct(s, r, ":,"))
        r = prev_tok(s, r, NULL);
    return is_word(s, r) && g_hash_table_contains(s->r->roles, s->t[r].fold) ? r : -1;
}

/* Whether the role before token j is a Mongolian word: in a Mongolian
 * text, Latin words after it are a foreigner's name (Хятадын иргэн WANG
 * Lei, эхнэр Li Na), not a phrase of English. */
static bool
after_mongolian_role(const scan *s, int j)
{
    int r = role_right_before(s, j);
    return r >= 0 &&
           (g_utf8_get_char(s->text + s->t[r].s) >= 0x400 || g_hash_table_contains(s->r->latin_roles, s->t[r].fold));
}

/* A father's name in the genitive as Mongolian is typed in Latin letters
 * (Ganbaatariin, Dorjiin, Batyn, Tsogtyn): before a capitalised Latin word
 * it opens a person, as Баатарын Батбаяр does. */
static bool
latin_patronymic(const scan *s, int i)
{
    static const char *const ends[] = {"iin", "yn", "ny", "nii", "giin"};
    const char *f = s->t[i].fold;
    return is_word(s, i) && s->t[i].cap && !s->t[i].upper && g_utf8_get_char(s->text + s->t[i].s) < 0x400 &&
           n_chars(f) >= 6 && ends_in(f, ends, G_N_ELEMENTS(ends));
}

/* Whether the role before token j follows a nationality (Chinese nationals
 * Li Hua, a Korean citizen Kim Min-jun): English names a foreigner so, and
 * the two capitalised words after it are one person, whatever the lists
 * say of them. */
static bool
after_nationality(const scan *s, int j)
{
    int r = role_right_before(s, j);
    if (r < 0 || !word_is(s, r, (const char *const[]){"national", "nationals", "citizen", "citizens", NULL}))
        return false;
    int a = prev_tok(s, r, NULL);
    return is_word(s, a) && s->t[a].cap && g_utf8_get_char(s->text + s->t[a].s) < 0x400 && spaced(s, a, r);
}

/* Whether word `i` is a person's noun after a nationality (Nepali worker
 * Bishnu, Uzbek girl Dilnoza, Thai women Malee and …): the nationality a
 * capitalised Latin word the lists rule out as a name (mask.ini
 * not-names holds the nationalities), the noun a party's role here
 * though alone it is anyone's (a worker, the girl). */
static bool
nationality_noun(const scan *s, int i)
{
    static const char *const nouns[] = {"worker", "workers", "labourer", "labourers", "laborer", "laborers",
                                        "girl", "girls", "boy", "boys", "woman", "women", "man", "men",
                                        "migrant", "migrants", "teenager", "student", "students", NULL};
    if (!word_is(s, i, nouns))
        return false;
    int a = prev_tok(s, i, NULL);
    return is_word(s, a) && s->t[a].cap && !s->t[a].upper && g_utf8_get_char(s->text + s->t[a].s) < 0x250 &&
           spaced(s, a, i) && g_hash_table_contains(s->r->not_names, s->t[a].fold) &&
           !word_is(s, a, (const char *const[]){"the", "a", "an", "this", "that", "these", NULL});
}

/* A single capitalised Latin word right after an English role for one
 * person (the victim Nomindari testified, witness Oyunbileg's phone): a
 * name the lists need not know, when a lowercase word or a stop follows
 * (not "witness Protection Programme") and it is no English plural
 * (victim Statements); nothing between (not "Defendant, Appellee."). */
static const char *const singular[] = {"victim", "defendant", "witness", "accused", "complainant", "suspect",
                                           "sister", "brother", "mother", "father", "cousin", "daughter", "son",
                                           "wife", "husband", "friend", "aunt", "uncle", "niece", "nephew",
                                           "boyfriend", "girlfriend", "grandmother", "grandfather", "associate",
                                           "accomplice", "co-defendant", "co-accused", "perpetrator", "offender",
                                           "trafficker", "recruiter", "broker", "intermediary", "appellant",
                                           "respondent", "applicant", "claimant", "plaintiff", "guardian",
                                           "stepfather", "stepmother", "child", "grandson", "granddaughter",
                                           "driver", "landlord", "landlady", "employer", "owner", "manager",
                                           "citizen", "resident", "widow", NULL};

static bool
lone_latin_after_role(const scan *s, int j)
{
    int r = role_right_before(s, j);
    bool typed = r >= 0 && g_hash_table_contains(s->r->latin_roles, s->t[r].fold);
    if (r < 0 || !spaced(s, r, j) || !(typed || word_is(s, r, singular)) ||
        g_utf8_get_char(s->text + s->t[j].s) >= 0x400 || s->t[j].upper || core_letters(s, j) < (typed ? 3 : 4) ||
        (!typed && g_str_has_suffix(s->t[j].fold, "s")))
        return false;
    int k = next_tok(s, j, NULL);
    return k < 0 || (is_word(s, k) && !s->t[k].cap) || is_punct(s, k, ",.;:()'’");
}

/* Two capitalised Latin words right after an English role for one person
 * (her mother Gulnara Kassymova lives, broker Serikbol Tulegenov, taxi
 * driver Ernesto Bautista (mobile …), accused Alma Reyes kept): a
 * foreigner's given and family name, which no list need know, when a
 * lowercase word, a stop or a bracket closes the pair (not "victim
 * Support Services Unit", "the defendant Home Office" then a capital),
 * and neither word English's (plaintiff Gift Surplus, a company). */
static bool
pair_after_role(const scan *s, int j, int k)
{
    int r = role_right_before(s, j);
    if (r < 0 || !spaced(s, r, j) || !word_is(s, r, singular) || s->t[j].upper || s->t[k].upper ||
        core_letters(s, j) < 3 || core_letters(s, k) < 3 || s->az == NULL ||
        az_is_english_word(s->az, s->t[j].fold) || az_is_english_word(s->az, s->t[k].fold))
        return false;
    int n = next_tok(s, k, NULL);
    return n < 0 || (is_word(s, n) && !s->t[n].cap) || is_punct(s, n, ",.;:()'’");
}

/* English kinship words whose person's name may follow "of" (son of …). */
static const char *const english_kin[] = {"son", "daughter", "child", "wife", "husband", "mother", "father",
                                          "brother", "sister", "grandson", "granddaughter", "stepson",
                                          "stepdaughter", "widow", NULL};

/* A capitalised word after a role is a name when the lists or the document
 * say so, or when it is no everyday word (хохирогчид Хөдөлмөр, халамжийн
 * … names a body). */
static bool
plausible(const scan *s, int i)
{
    char *stem = NULL;
    bool weak = false;
    if (listed(s, i, &stem, &weak)) {
        g_free(stem);
        return true;
    }
    const char *init = NULL;
    if (learned(s, s->t[i].fold, &init) != NULL)
        return true;
    /* The dictionary is Mongolian: a Latin word after a role (witness
     * Statements) is a name only when the document or the lists say so,
     * the lists in any Cyrillic spelling it may stand for (Saraa,
     * Bolormaa). */
    if (g_utf8_get_char(s->text + s->t[i].s) < 0x400)
        return latin_listed(s->r, s->t[i].fold, false);
    return !everyday(s, s->t[i].fold);
}

/* Whether the role before token j names who follows it: a capitalised
 * word after хохирогч, ээж, гэрч is a name even when it is an everyday
 * word (хохирогч Нар, Од, Сар), while after a role in the dative
 * (хохирогчид Хөдөлмөр, халамжийн …) it begins what was given to them. */
static bool
role_names(const scan *s, int j)
{
    int r = role_right_before(s, j);
    if (r < 0)
        return false;
    const char *f = s->t[r].fold;
    /* After a role in the genitive an everyday word is the role's thing
     * (ХОХИРОГЧИЙН МЭДҮҮЛЭГ, a statement's heading), not a name. */
    if (genitive(f) && everyday(s, s->t[j].fold))
        return false;
    return !g_str_has_suffix(f, "ид") && !g_str_has_suffix(f, "д") && !g_str_has_suffix(f, "т") &&
           g_utf8_get_char(s->text + s->t[j].s) >= 0x400;
}

/* A person starting at token j: [clan овогт] [patronymic] name, or an
 * initial and a name.  After a clan name any capitalised word is the name;
 * after a role's label (`role` 2: Victim A, Injured party 1:) any; after
 * a role (`role` 1) only a plausible one, or a proper noun the lists know as a
 * place: many given names are rivers, mountains or soums too (ээж Сэлэнгэ,
 * хохирогч Хэрлэн, ах Мандах), and a place word after one (Сэлэнгэ аймагт)
 * still makes it a place. */
static bool
parse_person(const scan *s, int j, mention *m, int role)
{
    *m = (mention){.first = j, .initial = -1, .patronymic = -1};
    int k = next_tok(s, j, NULL);
    bool clan = false;
    if (is_word(s, j) && s->t[j].cap && is_word(s, k) && g_hash_table_contains(s->r->clan_words, s->t[k].fold) &&
        spaced(s, j, k)) {
        j = next_tok(s, k, NULL);
        if (is_punct(s, j, ",")) /* Боржигин овогтой, Баатарын Ононгоо */
            j = next_tok(s, j, NULL);
        clan = true;
    }
    if (!free_tok(s, j))
        return false;
    int g = initial_name(s, j);
    if (g >= 0) {
        m->initial = j;
        m->given = m->last = g;
        return free_tok(s, g);
    }
    if (!is_word(s, j) || !s->t[j].cap || core_letters(s, j) < 2 || is_initial(s, j) || ruled_out(s, j) ||
        before_place(s, j))
        return false;
    bool place = a_place(s, j);
    if (place && !role)
        return false;
    k = next_tok(s, j, NULL);
    bool latin = g_utf8_get_char(s->text + s->t[j].s) < 0x400;
    /* A label's capitals (RD:, ID, DOB) are no one's name; a family name
     * in capitals has the given name after it (KIM Min-su, LI Na). */
    if (latin && s->t[j].upper && s->t[j].letters <= 3 && !(is_word(s, k) && s->t[k].cap && spaced(s, j, k)))
        return false;
    /* English writes a Mongolian name as two words, either first, the
     * family name often in capitals (Tsetseg Batbold, ENKHBAYAR Nomin):
     * after a role, two capitalised Latin words are one person. */
    if (role && latin && is_word(s, k) && free_tok(s, k) && s->t[k].cap && spaced(s, j, k) && core_letters(s, k) >= 2 &&
        g_utf8_get_char(s->text + s->t[k].s) < 0x400 && !ruled_out(s, k) && !a_place(s, k) && !before_place(s, k) &&
        !is_initial(s, k) &&
        (role == 2 || latin_name(s, j) || latin_name(s, k) || after_mongolian_role(s, j) || after_nationality(s, j) ||
         latin_patronymic(s, j) || east_asian_family(s, j) || pair_after_role(s, j, k))) {
        m->patronymic = j;
        m->given = m->last = k;
        m->both = true;
        /* A Vietnamese or Korean name of three words after its family name
         * (Tran Thi Mai, Le Van Quang, Kim Min Jun): the third too. */
        int t = next_tok(s, k, NULL);
        if (east_asian_family(s, j) && is_word(s, t) && free_tok(s, t) && s->t[t].cap && !s->t[t].upper &&
            spaced(s, k, t) && g_utf8_get_char(s->text + s->t[t].s) < 0x400 && core_letters(s, t) >= 2 &&
            !ruled_out(s, t) && !a_place(s, t) && !before_place(s, t) && !is_initial(s, t))
            m->given = m->last = t;
        /* A Russian or Kazakh patronymic has the family name after it
         * (citizen Ekaterina Sergeyevna Volkova). */
        int f = next_tok(s, k, NULL);
        if (slavic_patronymic(s->t[k].fold) && is_word(s, f) && free_tok(s, f) && s->t[f].cap && spaced(s, k, f) &&
            g_utf8_get_char(s->text + s->t[f].s) < 0x400 && !ruled_out(s, f) && !before_place(s, f))
            m->given = m->last = f;
        return true;
    }
    /* After a role, a place's name after a father's name is the person's
     * (эгч Цэвээний Туул), unless a place word follows it (Туул гол). */
    if (genitive(s->t[j].fold) && is_word(s, k) && free_tok(s, k) && s->t[k].cap && core_letters(s, k) >= 2 &&
        spaced_wrapped(s, j, k) && !(role ? ruled_out(s, k) : excluded(s, k)) && !before_place(s, k) &&
        !is_initial(s, k) && (clan || plausible(s, k) || (role && a_place(s, k)))) {
        m->patronymic = j;
        j = k;
    } else if (!clan && (role < 2 || !latin) &&
               !(role && (place || ending_hyphenated(s, j) || role_names(s, j) ||
                          (latin && (latin_listed(s->r, s->t[j].fold, true) || lone_latin_after_role(s, j))))) &&
               !plausible(s, j) && !(is_initial(s, k) && spaced(s, j, k))) {
        return false;
    }
    m->given = m->last = j;
    /* A Latin name with its initial after it, as English writes a
     * Mongolian name (defendant Batbayar B.): the initial goes with it. */
    k = next_tok(s, j, NULL);
    if (m->patronymic < 0 && is_initial(s, k) && spaced(s, j, k)) {
        m->initial = k;
        m->last = k + 1;
    }
    return true;
}

static void
pass_clans(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        int k = next_tok(s, i, NULL);
        mention m;
        if (!is_word(s, i) || !free_tok(s, i) || !s->t[i].cap || !is_word(s, k) ||
            !g_hash_table_contains(s->r->clan_words, s->t[k].fold) || !spaced(s, i, k))
            continue;
        if (!parse_person(s, i, &m, 0)) /* the clan's name alone (Borjigin clan) */
            m = (mention){.first = i, .last = i, .given = i, .initial = -1, .patronymic = -1, .once = true};
        m.party = true;
        settle(s, &m);
    }
    /* ...and the clan's name after its label: clan name Olkhonud, овог нь
     * Боржигин, овог: Боржигин. */
    for (int i = 0; i < s->n; i++) {
        int after = next_tok(s, i, NULL);
        bool label = (is_word(s, i) && strcmp(s->t[i].fold, "clan") == 0 &&
                      (word_is(s, after, (const char *const[]){"name", NULL}) ||
                       (is_word(s, after) && s->t[after].cap && spaced(s, i, after)))) ||
                     (is_word(s, i) && strcmp(s->t[i].fold, "овог") == 0);
        if (!label)
            continue;
        int j = next_tok(s, i, NULL);
        if (word_is(s, j, (const char *const[]){"name", "нь", NULL}) || is_punct(s, j, ":"))
            j = next_tok(s, j, NULL);
        if (is_punct(s, j, ":"))
            j = next_tok(s, j, NULL);
        if (!is_word(s, j) || !free_tok(s, j) || !s->t[j].cap || core_letters(s, j) < 3 || ruled_out(s, j))
            continue;
        mention m = {.first = j, .last = j, .given = j, .initial = -1, .patronymic = -1, .party = true, .once = true};
        settle(s, &m);
    }
}

/* Whether token k can be a name after a title: a capitalised word (not a
 * heading's capitals, an initial, a word the lists rule out or one
 * before a place word) no mention has claimed. */
static bool
title_name(const scan *s, int k)
{
    return is_word(s, k) && free_tok(s, k) && s->t[k].cap && !s->t[k].upper && core_letters(s, k) >= 2 &&
           !is_initial(s, k) && !excluded(s, k) && !before_place(s, k);
}

/* Whether the words after a titled name `k` say the person is counsel
 * (Ms Clare Hughes appeared for the Crown, Mr Reeve for the defendants,
 * Ms Hughes, counsel for …, Mr Reeve KC): an English judgment lists who
 * appeared so, and counsel keep their names. */
static const char *const counsel_sides[] = {"crown",      "prosecution", "defence",    "defense",    "defendant",
                                            "defendants", "appellant",   "appellants", "respondent", "respondents",
                                            "government", "applicant",   "applicants", "claimant",   "claimants",
                                            "accused",    "victim",      "victims",    "complainant", "complainants",
                                            "plaintiff",  "plaintiffs",  "petitioner", "petitioners", NULL};

static bool
appears_as_counsel(const scan *s, int k)
{
    const char *const *sides = counsel_sides;
    int a = next_tok(s, k, NULL);
    if (word_is(s, a, (const char *const[]){"kc", "qc", "sc", NULL}) && s->t[a].upper)
        return true;
    if (is_punct(s, a, ",") && word_is(s, next_tok(s, a, NULL), (const char *const[]){"counsel", NULL}))
        return true;
    /* Not "appeared for sentence": a defendant does; counsel appear for
     * a side. */
    if (word_is(s, a, (const char *const[]){"appeared", "appears", "appearing", NULL}))
        a = next_tok(s, a, NULL);
    if (!word_is(s, a, (const char *const[]){"for", NULL}))
        return false;
    int b = next_tok(s, a, NULL);
    if (word_is(s, b, (const char *const[]){"the", NULL}))
        b = next_tok(s, b, NULL);
    /* for the first defendant; in a list of counsel the side once said
     * (Mr Owen Blake for the first accused, Ms Ruth Kerr for the second). */
    static const char *const ordinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "1st", "2nd", "3rd",
                                           "4th", "5th", "6th", NULL};
    if (word_is(s, b, ordinals)) {
        b = next_tok(s, b, NULL);
        if (!is_word(s, b))
            return true;
    }
    return word_is(s, b, sides);
}

/* Whether the words before title `i` name the side counsel act for: "For
 * the Crown, Ms Amelia Foss", "for the appellant: Mr Hale", "On behalf of
 * the defendants, Mr Reeve" (the list of who appeared); counsel keep
 * their names, the title notwithstanding. */
static bool
counsel_side_before(const scan *s, int i)
{
    int k = prev_tok(s, i, NULL);
    /* The side as a label opening its sentence or line (Prosecution: Ms
     * Claire Hughes. Defence: Mr Thomas Reid): who appeared for it; not a
     * party's own label (Defendant: Mr X, Victim: Ms Y). */
    if (is_punct(s, k, ":")) {
        int w = prev_tok(s, k, NULL);
        bool nl = false;
        int b = w >= 0 ? prev_tok(s, w, &nl) : -1;
        if (word_is(s, w, (const char *const[]){"prosecution", "crown", "defence", "defense", NULL}) && s->t[w].cap &&
            (b < 0 || nl || is_punct(s, b, ".;")))
            return true;
    }
    if (is_punct(s, k, ",:"))
        k = prev_tok(s, k, NULL);
    if (!word_is(s, k, counsel_sides))
        return false;
    k = prev_tok(s, k, NULL);
    if (word_is(s, k, (const char *const[]){"the", NULL}))
        k = prev_tok(s, k, NULL);
    if (word_is(s, k, (const char *const[]){"of", NULL}) &&
        word_is(s, prev_tok(s, k, NULL), (const char *const[]){"behalf", NULL}))
        k = prev_tok(s, prev_tok(s, k, NULL), NULL);
    else if (!word_is(s, k, (const char *const[]){"for", NULL}))
        return false;
    /* The list's own "for", opening its sentence, line or item (not "the
     * case for the defendant, Mr Bat, is that", the party himself). */
    bool nl = false;
    int b = prev_tok(s, k, &nl);
    return b < 0 || nl || is_punct(s, b, ".;:,") ||
           word_is(s, b,
                   (const char *const[]){"appearing", "appeared", "appears", "counsel", "instructed", "representing",
                                         "on", NULL});
}

/* A person after a title (Mr. Bat-Erdene Gantulga, Ms Bolormaa, Miss
 * Saraa): the capitalised word after it, and a second one right after
 * that, are names, whatever the lists say; a title before an official's
 * role (Mr Justice Cooke), or a name the words after call counsel (Ms
 * Clare Hughes appeared for the Crown), stays. */
static void
pass_titles(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        if (!is_word(s, i) || !g_hash_table_contains(s->r->titles, s->t[i].fold))
            continue;
        int k = next_tok(s, i, NULL);
        if (is_punct(s, k, ".") && s->t[k].s == s->t[i].e)
            k = next_tok(s, k, NULL);
        /* After an official's role the title's name stays (the
         * interpreter Ms. Lee Ji-young). */
        bool official = role_before(s, i) == 'k' || counsel_side_before(s, i);
        /* ...or the role the sentence says the titled person is (The
         * interpreter was Mr X; the prosecutor is Ms Y). */
        int copula = prev_tok(s, i, NULL);
        if (!official && word_is(s, copula, (const char *const[]){"was", "is", "were", NULL}) &&
            spaced(s, copula, i) && role_before(s, copula) == 'k')
            official = true;
        if (!official && title_name(s, k)) {
            int last = k, next = next_tok(s, k, NULL);
            if (title_name(s, next) && spaced(s, k, next))
                last = next;
            official = appears_as_counsel(s, last);
        }
        /* Up to three words: a Kazakh, Russian or Filipino name has a
         * patronymic or a middle name between (Ms Aigerim Nurlanovna
         * Seitkali, Mr Juan Cruz Santos). */
        for (int n = 0; n < 3 && title_name(s, k); n++) {
            int next = next_tok(s, k, NULL);
            if (official) {
                s->t[k].mark = 'k';
                if (!spaced(s, k, next))
                    break;
                k = next;
                continue;
            }
            mention m = {.first = k, .last = k, .given = k, .initial = -1, .patronymic = -1, .party = true};
            settle(s, &m);
            if (!spaced(s, k, next))
                break;
            k = next;
        }
    }
}

/* Two capitalised Latin words each a Mongolian given name in some
 * spelling, or two parts of one (Naran Chuluunbaatar, Tsetseg Batbold):
 * a person, with no title or role before, as English writes the
 * Mongolians it names; a party's unless an official's role stands before
 * it. */
static void
pass_latin_pairs(scan *s)
{
    for (int j = 0; j < s->n; j++) {
        if (!is_word(s, j) || !free_tok(s, j) || !s->t[j].cap || g_utf8_get_char(s->text + s->t[j].s) >= 0x400)
            continue;
        int k = next_tok(s, j, NULL);
        if (!is_word(s, k) || !free_tok(s, k) || !s->t[k].cap || !spaced(s, j, k) ||
            g_utf8_get_char(s->text + s->t[k].s) >= 0x400)
            continue;
        if (excluded(s, j) || excluded(s, k) || is_initial(s, j) || is_initial(s, k) || before_place(s, k) ||
            !latin_listed(s->r, s->t[j].fold, true) || !latin_listed(s->r, s->t[k].fold, true))
            continue;
        /* After an official's role (Judge, prosecutor, defence counsel)
         * the pair is that official, whose name stays. */
        bool official = role_before(s, j) == 'k';
        mention m = {
            .first = j, .last = k, .given = k, .initial = -1, .patronymic = j, .party = !official, .both = true};
        settle(s, &m);
        j = k;
    }
}

/* Whether the Latin word `i` is capitalised (not in capitals), free and
 * no body's, place's or initial's. */
static bool
latin_cap(const scan *s, int i)
{
    return is_word(s, i) && free_tok(s, i) && s->t[i].cap && !s->t[i].upper &&
           g_utf8_get_char(s->text + s->t[i].s) < 0x400 && core_letters(s, i) >= 3 && !excluded(s, i) &&
           !is_initial(s, i) && !before_place(s, i);
}

/* A Russian or Kazakh name as English writes it, no role needed: a
 * patronymic (Sergeyevna, Nurlanovna, Ivanovich) between two capitalised
 * words (Ekaterina Sergeyevna Volkova, Aigerim Nurlanovna Seitkali), or a
 * given name before a family name of a Slavic or Central Asian shape
 * (Dana Bekova, Yulia Morozova, Arman Tulegenov) closed by a small word or
 * a stop.  English words take neither ending; the pair's first word a
 * name of one's own, not a capitalised article or heading word. */
static void
pass_foreign_latin(scan *s)
{
    static const char *const surname[] = {"ova", "eva", "ov", "ev", "yeva", "yev", "skaya", "sky", "skiy", "enko"};
    for (int j = 0; j < s->n; j++) {
        if (!is_word(s, j) || !free_tok(s, j))
            continue;
        int k = next_tok(s, j, NULL);
        /* A Chinese name in pinyin inside Mongolian prose (ажилчид Liu
         * Qiang, Zhao Lei нарын): a family name of the list and a
         * capitalised word, Cyrillic words around: a person, as no
         * Mongolian sentence writes English otherwise. */
        if (east_asian_family(s, j) && is_word(s, k) && free_tok(s, k) && s->t[k].cap && spaced(s, j, k) &&
            g_utf8_get_char(s->text + s->t[k].s) < 0x400 && core_letters(s, k) >= 2 && !excluded(s, k)) {
            int p = prev_tok(s, j, NULL), q = next_tok(s, k, NULL);
            if (is_punct(s, p, ","))
                p = prev_tok(s, p, NULL);
            if (is_punct(s, q, ","))
                q = next_tok(s, q, NULL);
            gunichar pc = is_word(s, p) ? g_utf8_get_char(s->text + s->t[p].s) : 0;
            gunichar qc = is_word(s, q) ? g_utf8_get_char(s->text + s->t[q].s) : 0;
            if ((pc >= 0x400 && pc < 0x530) || (qc >= 0x400 && qc < 0x530)) {
                mention m = {.first = j, .last = k, .given = k, .initial = -1, .patronymic = j,
                             .party = role_before(s, j) != 'k', .both = true};
                settle(s, &m);
                j = k;
                continue;
            }
        }
        if (!latin_cap(s, j) || !latin_cap(s, k) || !spaced(s, j, k))
            continue;
        int n = next_tok(s, k, NULL), last = -1;
        if (slavic_patronymic(s->t[k].fold) && latin_cap(s, n) && spaced(s, k, n))
            last = n;
        else if (n_chars(s->t[k].fold) >= 5 && ends_in(s->t[k].fold, surname, G_N_ELEMENTS(surname)) &&
                 !g_hash_table_contains(s->r->titles, s->t[j].fold) &&
                 (n < 0 || (is_word(s, n) && !s->t[n].cap) || is_punct(s, n, ",.;:()'’")))
            last = k;
        if (last < 0)
            continue;
        bool official = role_before(s, j) == 'k';
        mention m = {.first = j, .last = last, .given = last, .initial = -1, .patronymic = j, .party = !official,
                     .both = true};
        settle(s, &m);
        j = last;
    }
}

/* A table's row naming a person in one cell and the role in the next
 * (Ли Хайтао | гэрч, такси жолооч |; | Dana Reyes | victim |): the one
 * to three capitalised words filling the cell before a party's role are
 * that party's name, whatever the lists know of them.  Not an official's
 * role (| Б.Бат | шүүгч |), nor a place or a body in the cell. */
static void
pass_table_roles(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        int r = next_tok(s, i, NULL);
        if (!is_punct(s, i, "|") || !is_word(s, r) || !g_hash_table_contains(s->r->roles, s->t[r].fold) ||
            g_hash_table_contains(s->r->keep_roles, s->t[r].fold))
            continue;
        int last = prev_tok(s, i, NULL), first = last, n = 0;
        bool nl = false, ok = true;
        for (int k = last; k >= 0; n++) {
            if (!is_word(s, k) || !free_tok(s, k) || !s->t[k].cap || core_letters(s, k) < 2 || excluded(s, k) ||
                before_place(s, k) || is_initial(s, k) || n >= 3) {
                ok = false;
                break;
            }
            first = k;
            int p = prev_tok(s, k, &nl);
            if (p < 0 || nl || is_punct(s, p, "|"))
                break;
            if (!spaced(s, p, k)) {
                ok = false;
                break;
            }
            k = p;
        }
        if (!ok || last < 0)
            continue;
        mention m = {.first = first, .last = last, .given = last, .initial = -1,
                     .patronymic = first != last ? first : -1, .party = true, .both = first != last};
        settle(s, &m);
    }
}

/* Whether text[a, b), a table's header cell, heads a column of people's
 * names (mask.ini name-columns: Нэр, Овог, Эцэг/эхийн нэр, Хүүхдийн нэр,
 * Name): lower-cased, its spaces single, a colon or star after it left
 * out. */
static bool
name_column(const scan *s, int a, int b)
{
    while (b > a && strchr(":* \t", s->text[b - 1]))
        b--;
    if (b <= a || b - a > 80)
        return false;
    char *lower = g_utf8_strdown(s->text + a, b - a);
    GString *one = g_string_new(NULL);
    for (const char *c = lower; *c; c++)
        if (!g_ascii_isspace(*c) || (one->len && !g_ascii_isspace(one->str[one->len - 1])))
            g_string_append_c(one, g_ascii_isspace(*c) ? ' ' : *c);
    bool yes = g_hash_table_contains(s->r->name_columns, one->str);
    g_string_free(one, TRUE);
    g_free(lower);
    return yes;
}

/* The first token at or after byte `at`. */
static int
token_at(const scan *s, int at)
{
    int lo = 0, hi = s->n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (s->t[mid].s < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The party's name filling the cell text[a, b) of a names' column: one to
 * three capitalised words, or an initial and a name; anything else (a
 * number, a dash) is none. */
static void
name_in_cell(scan *s, int a, int b)
{
    int first = token_at(s, a), last = -1, words = 0, initial = -1;
    bool ok = true;
    for (int t = first; ok && t < s->n && s->t[t].e <= b; t++) {
        if (s->t[t].kind == 's')
            continue;
        if (is_initial(s, t) && words == 0 && initial < 0) {
            initial = t;
            t++; /* its full stop */
            continue;
        }
        ok = is_word(s, t) && free_tok(s, t) && s->t[t].cap && core_letters(s, t) >= 2 && !ruled_out(s, t) &&
             ++words <= 3;
        last = t;
    }
    if (ok && words > 0 && last >= 0) {
        mention m = {.first = first, .last = last, .given = last, .initial = initial,
                     .patronymic = words > 1 && initial < 0 ? first : -1, .party = true};
        settle(s, &m);
    }
}

/* A cell of a column headed as names' (name_column): a register's or an
 * intake form's people, whatever the lists call the words (a child named
 * as a province; a father's name that is a soum's).  One to three
 * capitalised words filling the cell, or an initial and a name, are a
 * party's name; a cell of anything else (a number, a dash) stays.  A table
 * is its rows, a line each, its first the header; a line without a bar
 * ends it, blank lines do not (a Word table reads so). */
static void
pass_name_columns(scan *s)
{
    GArray *columns = NULL; /* guint: the name columns' numbers, or NULL outside a table */
    const char *text = s->text;
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        if (end == NULL)
            end = line + strlen(line);
        const char *p = line;
        while (p < end && g_ascii_isspace(*p))
            p++;
        GArray *cells = p < end ? ix_mask_row_cells(line, end) : NULL;
        if (p < end && cells == NULL && columns) {
            g_array_free(columns, TRUE);
            columns = NULL;
        }
        bool header = cells != NULL && columns == NULL;
        if (header)
            columns = g_array_new(FALSE, FALSE, sizeof(int));
        for (guint k = 0; cells != NULL && k < cells->len; k++) {
            int a = (int)(line - text) + g_array_index(cells, int, 2 * k);
            int b = (int)(line - text) + g_array_index(cells, int, 2 * k + 1);
            if (header) {
                if (name_column(s, a, b))
                    g_array_append_val(columns, k);
                continue;
            }
            bool named = false;
            for (guint x = 0; x < columns->len && !named; x++)
                named = g_array_index(columns, guint, x) == k;
            if (named && b > a)
                name_in_cell(s, a, b);
        }
        if (cells != NULL)
            g_array_free(cells, TRUE);
        line = *end ? end + 1 : end;
    }
    if (columns)
        g_array_free(columns, TRUE);
}

/* A party whose occupation is an official's word: "Хохирогч нь Солонгос
 * хэлний орчуулагч Н.Сарантуяа", "Шүүгдэгч, өмгөөлөгч Т.Бат-Эрдэнэ", "the
 * second victim, an interpreter Saruul Tumen", "the defendant, a lawyer
 * named Tsend Ochir": after a party's role in the nominative, its comma or
 * нь, and at most four words (not another's: түүний өмгөөлөгч, his
 * lawyer), the occupation and the name are the party's.  The person's
 * name in the genitive or an object's case (Шүүгдэгч нь өмгөөлөгч
 * Б.Болдоор дамжуулан) is someone acting for the party, and stays to the
 * usual rules.  Returns the name's first token, or -1. */
static int
occupation_of_party(const scan *s, int i)
{
    static const char *const parties[] = {
        "шүүгдэгч",   "хохирогч",    "гэрч",      "яллагдагч", "сэжигтэн",    "ялтан",   "хамсаатан",
        "defendant",  "victim",      "witness",   "accused",   "complainant", "suspect", "co-defendant",
        "shuugdegch", "khokhirogch", "hohirogch", "gerch",     NULL};
    static const char *const jobs[] = {"орчуулагч", "хэлмэрч",   "өмгөөлөгч", "interpreter", "translator", "lawyer",
                                       "advocate",  "solicitor", "attorney",  "orchuulagch", "umguulugch", "зүйч",
                                       "psychologist", NULL};
    static const char *const others[] = {"түүний", "тэдний", "миний", "манай", "таны", "өөрийн", "his", "her", "their",
                                         "its",    "my",     "for",   "of",    "and",  "болон",  "ба",  NULL};
    if (!word_is(s, i, parties))
        return -1;
    int k = next_tok(s, i, NULL);
    if (!is_punct(s, k, ",") && !word_is(s, k, (const char *const[]){"нь", NULL}))
        return -1;
    k = next_tok(s, k, NULL);
    for (int n = 0; n < 5 && is_word(s, k) && !s->t[k].mark && !word_is(s, k, others); n++, k = next_tok(s, k, NULL)) {
        if (!word_is(s, k, jobs))
            continue;
        int j = next_tok(s, k, NULL);
        if (word_is(s, j, (const char *const[]){"named", "called", NULL}) || is_punct(s, j, ":"))
            j = next_tok(s, j, NULL);
        return free_tok(s, j) && is_word(s, j) && spaced(s, k, j) == spaced(s, k, j) ? j : -1;
    }
    return -1;
}

/* A Mongolian name with its father's initial after it, no role before:
 * as English writes one (Munkhzul O., Tsetseg B. (age 19)), the word a
 * given name of the lists in some spelling, the initial closing the
 * phrase (a bracket, a comma, a stop, a line's end follow); as Mongolian
 * writes one in a list or a form (Сарнай Б. нь, Туул Д.,), a capitalised
 * word no list calls a place or an everyday word, the initial in the same
 * script followed by no name of its own (Д.Эрдэнэ is an initial before a
 * name, read by pass_initials). */
static void
pass_latin_initialled(scan *s)
{
    for (int j = 0; j < s->n; j++) {
        int k = next_tok(s, j, NULL);
        bool cyrillic = is_word(s, j) && g_utf8_get_char(s->text + s->t[j].s) >= 0x400;
        if (!is_word(s, j) || !free_tok(s, j) || !s->t[j].cap || s->t[j].upper ||
            core_letters(s, j) < (cyrillic ? 3 : 4) || excluded(s, j) || before_place(s, j) || !spaced(s, j, k) ||
            !is_initial(s, k) || !free_tok(s, k) || (g_utf8_get_char(s->text + s->t[k].s) >= 0x400) != cyrillic ||
            initial_name(s, k) >= 0)
            continue;
        bool nl = false;
        int after = next_tok(s, k + 1, &nl);
        /* A case ending hyphenated to the initial (Оюунаа Б.-тэй хамт,
         * Туул Д.-гийн): as a small word after it. */
        if (is_punct(s, after, "-") && s->t[after].s == s->t[k + 1].e && is_word(s, after + 1) &&
            s->t[after + 1].s == s->t[after].e && mk_suffix_chain(s->r, s->t[after + 1].fold))
            after = after + 1;
        if (cyrillic) {
            /* Not a sentence's last word before one opening with a
             * capital (… Улаанбаатар Б. Дараа нь): a small word, a
             * bracket or a comma after the initial. */
            if (!(after < 0 || nl || is_punct(s, after, "),;:]([") || (is_word(s, after) && !s->t[after].cap)) ||
                a_place(s, j) || !plausible(s, j))
                continue;
        } else if (!(after < 0 || nl || is_punct(s, after, "),;:](") || (is_word(s, after) && !s->t[after].cap)) ||
                   !latin_listed(s->r, s->t[j].fold, true)) {
            continue;
        }
        mention m = {.first = j, .last = k + 1, .given = j, .initial = k, .patronymic = -1};
        settle(s, &m);
        j = k + 1;
    }
}


/* Whether a bracket opens at `i` holding only a few lower-case words (a
 * role's gloss: "(ээж нь)", "(cousin)"), no name, number or age. */
static bool
gloss_bracket(const scan *s, int i)
{
    if (!is_punct(s, i, "("))
        return false;
    int words = 0;
    for (int k = next_tok(s, i, NULL); k >= 0 && words <= 3; k = next_tok(s, k, NULL)) {
        if (is_punct(s, k, ")"))
            return words > 0;
        if (!is_word(s, k) || s->t[k].cap)
            return false;
        words++;
    }
    return false;
}

static void
pass_roles(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        int job = occupation_of_party(s, i);
        mention om;
        if (job >= 0 && parse_person(s, job, &om, 2) && !genitive(s->t[om.given].fold) &&
            !object_case(s->t[om.given].fold)) {
            om.party = true;
            settle(s, &om);
            continue;
        }
        /* Counsel for the appellant Kh. Gerelmaa: the name is the
         * counsel's (role_before keeps it). */
        bool foreigner = nationality_noun(s, i);
        if (!is_word(s, i) || !(foreigner || g_hash_table_contains(s->r->roles, s->t[i].fold)) ||
            protection_worker(s, i) || counsel_for(s, i) || expert_doctor(s, i))
            continue;
        int j = past_emphasis(s, next_tok(s, i, NULL));
        /* A gloss of the role in brackets before the name (анасы (ээж нь)
         * Гүлжан, a Kazakh kinship word and its Mongolian): the name is
         * the role's still. */
        if (gloss_bracket(s, j))
            j = past_bracket(s, j);
        /* A kinship in English, whose name follows "of" (son of Battulga,
         * the daughter of Tsetseg): the father's or mother's name, as a
         * patronymic, is the party's; any capitalised word there. */
        if (word_is(s, j, (const char *const[]){"of", NULL}) && word_is(s, i, english_kin)) {
            int k = next_tok(s, j, NULL);
            mention m;
            if (is_word(s, k) && free_tok(s, k) && s->t[k].cap && spaced(s, j, k) && parse_person(s, k, &m, 2)) {
                m.party = true;
                settle(s, &m);
            }
            continue;
        }
        /* A party's label: Injured party 1:, Victim A,, Хохирогч 2. */
        int after = next_tok(s, j, NULL);
        /* (A letter and a full stop is an initial: гэрч Д.Золбоо.) */
        bool label = j >= 0 && spaced(s, i, j) &&
                     ((s->t[j].kind == 'n' && is_punct(s, after, ":,.")) ||
                      (is_word(s, j) && s->t[j].letters == 1 && s->t[j].cap && is_punct(s, after, ":,")));
        if (label)
            j = after;
        bool comma = is_punct(s, j, ",");
        if (is_punct(s, j, label ? ":,.|" : ":,|"))
            j = next_tok(s, j, NULL);
        mention m;
        if (!is_word(s, j) || !free_tok(s, j))
            continue;
        if (parse_person(s, j, &m, label || foreigner ? 2 : 1)) {
            m.party = true;
            settle(s, &m);
            /* ...and the others the role names with it (against KIM Min-su
             * and PARK Ji-hoon; хохирогч Сэлэнгэ, Хэрлэн болон Хангай). */
            static const char *const joins[] = {"and", "болон", "ба", NULL};
            for (int k = past_bracket(s, next_tok(s, m.last, NULL)); is_punct(s, k, ",") || word_is(s, k, joins);
                 k = past_bracket(s, next_tok(s, m.last, NULL))) {
                int w = next_tok(s, k, NULL);
                if (word_is(s, w, joins))
                    w = next_tok(s, w, NULL);
                mention more;
                /* Two Latin words named with two others (Li Hua and Zhang
                 * Wei) are a person as the first were. */
                /* A country's genitive begins the next person's role
                 * (БНХАУ-ын иргэн Ван Лэй, Вьетнамын иргэн …); before a
                 * name a place's genitive may be a father's (Хонгорын
                 * Номин). */
                if (is_word(s, w) && free_tok(s, w) && a_place(s, w) && genitive(s->t[w].fold) &&
                    is_word(s, next_tok(s, w, NULL)) &&
                    g_hash_table_contains(s->r->roles, s->t[next_tok(s, w, NULL)].fold))
                    break;
                if (!is_word(s, w) || !free_tok(s, w) || !parse_person(s, w, &more, m.both ? 2 : 1))
                    break;
                more.party = true;
                settle(s, &more);
                m = more;
            }
        } else if (comma && s->t[j].cap && is_punct(s, next_tok(s, j, NULL), ",") && core_letters(s, j) >= 3 &&
                   !excluded(s, j) && !is_initial(s, j)) {
            /* An English apposition: "the victim, Solongo, a girl of …". */
            m = (mention){.first = j, .last = j, .given = j, .initial = -1, .patronymic = -1, .party = true};
            settle(s, &m);
        }
    }
}

/* Whether word `i` is a Chinese, Korean or Vietnamese family name as
 * Mongolian spells it in Cyrillic (Ким, Пак, Ли, Ван, Нгуен: mask.ini
 * family-first holds them beside the Latin ones). */
static bool
cyrillic_family(const scan *s, int i)
{
    return is_word(s, i) && s->t[i].cap && !s->t[i].upper && g_utf8_get_char(s->text + s->t[i].s) >= 0x400 &&
           g_hash_table_contains(s->r->family_first, s->t[i].fold);
}

/* Whether the words after `k` say the person before is a foreigner:
 * ", БНСУ-ын иргэн", ", хятад иргэн" (a genitive or a people's word, then
 * иргэн or харьяат), or a Latin copy in brackets, "(Park Sung-min)". */
static bool
foreigner_after(const scan *s, int k)
{
    int c = next_tok(s, k, NULL);
    if (is_punct(s, c, "(")) {
        int w = next_tok(s, c, NULL);
        return is_word(s, w) && s->t[w].cap && g_utf8_get_char(s->text + s->t[w].s) < 0x250;
    }
    if (!is_punct(s, c, ","))
        return false;
    int a = next_tok(s, c, NULL), b = next_tok(s, a, NULL);
    return is_word(s, a) && word_is(s, b, (const char *const[]){"иргэн", "иргэдийн", "харьяат", NULL});
}

/*   east Asian in Cyrillic
 *            a Chinese, Korean or Vietnamese family name of the list and a
 *            capitalised word after it (Ким Дэхён, Ван Лэй, Пак Сонмин),
 *            where the text says a person stands: an item's number or a
 *            table's cell border before, a role or a nationality
 *            (БНСУ-ын иргэн) before, or ", БНСУ-ын иргэн" or a Latin copy
 *            in brackets after.  The given name is learned, so its forms
 *            (Дэхёнтэй) go too. */
static void
pass_east_asian_cyrillic(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        if (!cyrillic_family(s, i) || !free_tok(s, i))
            continue;
        int j = next_tok(s, i, NULL);
        if (!is_word(s, j) || !free_tok(s, j) || !s->t[j].cap || s->t[j].upper || !spaced(s, i, j) ||
            g_utf8_get_char(s->text + s->t[j].s) < 0x400 || core_letters(s, j) < 2 || is_initial(s, j) ||
            ruled_out(s, j) || before_place(s, j) || a_place(s, j))
            continue;
        int p = prev_tok(s, i, NULL);
        bool item = is_punct(s, p, "|") || (is_punct(s, p, ".)") && p > 0 && s->t[p - 1].kind == 'n');
        bool role = is_word(s, p) && (g_hash_table_contains(s->r->roles, s->t[p].fold) || genitive(s->t[p].fold));
        if (role && genitive(s->t[p].fold) && !g_hash_table_contains(s->r->roles, s->t[p].fold))
            role = false;
        if (!item && !role && !foreigner_after(s, j))
            continue;
        mention m = {.first = i, .last = j, .given = j, .initial = -1, .patronymic = -1, .party = true};
        settle(s, &m);
    }
}

/*   korean   a family name of the list and a hyphenated given name in
 *            Latin (Lee Min-ho, Jeong Soo-ah, Kim Ji-woo), with no role
 *            before: an East Asian person's name and nothing else ("found
 *            that Lee Min-ho, a South Korean national"; "The appeal of
 *            Lee Min-ho"); an official's role before keeps it. */
static void
pass_family_hyphenated(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        int j = next_tok(s, i, NULL);
        if (!east_asian_family(s, i) || !free_tok(s, i) || !is_word(s, j) || !free_tok(s, j) || !s->t[j].cap ||
            !spaced(s, i, j) || !hyphenated_given(s, j) || g_utf8_get_char(s->text + s->t[j].s) >= 0x250)
            continue;
        mention m = {.first = i, .last = j, .given = j, .initial = -1, .patronymic = -1};
        settle(s, &m);
        /* The family name alone names the person after (Lee's
         * interpreter). */
        if (s->learn && s->t[i].mark == 'm')
            learn_masked(s, i, "", false);
    }
}

/* A Latin word a list joins to a masked person (Kh. E. and Munkhsaruul;
 * B.O. (14) and Nomin (15); E., Solongoo, and Marla): a person of that list,
 * so masked and learned, its later mentions with it.  Only Latin words: a
 * Mongolian list ends in нар (pass_plural).  Not a word the dictionary
 * knows in English (and Company), a place or a word the lists rule out. */
static void
pass_coordinated(scan *s)
{
    static const char *const joins[] = {"and", "or", NULL};
    for (int j = 0; j < s->n; j++) {
        if (!is_word(s, j) || !free_tok(s, j) || !s->t[j].cap || s->t[j].letters < 3 || is_initial(s, j) ||
            excluded(s, j) || g_utf8_get_char(s->text + s->t[j].s) >= 0x250 ||
            g_hash_table_contains(s->r->titles, s->t[j].fold)) /* Mr. X and Mrs. Y: the title is no name */
            continue;
        /* A nationality before its noun (… and Kazakh citizen Oleg …) is
         * no item of the list. */
        if (word_is(s, next_tok(s, j, NULL), (const char *const[]){"citizen", "citizens", "national", "nationals",
                                                                      "nationality", NULL}))
            continue;
        /* What joins it to the item before: "and", ",", ", and". */
        int k = prev_tok(s, j, NULL);
        bool joined = false;
        if (word_is(s, k, joins)) {
            joined = true;
            k = prev_tok(s, k, NULL);
            if (is_punct(s, k, ","))
                k = prev_tok(s, k, NULL);
        } else if (is_punct(s, k, ",")) {
            joined = true;
            k = prev_tok(s, k, NULL);
        }
        if (!joined || k < 0)
            continue;
        /* The item before: a masked mention, an aside after it passed. */
        if (is_punct(s, k, ")")) {
            int o = skip_aside_of(s, k, 12);
            if (o < 0)
                continue;
            k = prev_tok(s, o, NULL);
        }
        if (is_punct(s, k, "."))
            k = prev_tok(s, k, NULL);
        if (k < 0 || s->t[k].mark != 'm')
            continue;
        /* An English word the dictionary knows is no name (Smith and
         * Sons, D. and Partners). */
        if (s->az && az_is_english_word(s->az, s->t[j].fold))
            continue;
        /* Any word, as after a party's label: the list says it is one. */
        mention m;
        if (!parse_person(s, j, &m, 2))
            continue;
        m.party = true;
        settle(s, &m);
    }
}

/* Whether word `i` is a party's role in the plural, as a list's heading
 * writes it: хохирогчид, гэрчүүд, victims, witnesses (a role of the lists
 * with its plural ending); an official's never (Шүүгчид:). */
static bool
plural_role(const scan *s, int i)
{
    if (!is_word(s, i) || g_hash_table_contains(s->r->keep_roles, s->t[i].fold))
        return false;
    static const char *const ends[] = {"ид", "чүүд", "үүд", "ууд", "es", "s"};
    const char *f = s->t[i].fold;
    for (size_t k = 0; k < G_N_ELEMENTS(ends); k++) {
        if (!g_str_has_suffix(f, ends[k]) || strlen(f) <= strlen(ends[k]) + 2)
            continue;
        /* гэрчүүд: the stem keeps its ч. */
        size_t cut = strlen(f) - strlen(ends[k]) + (strcmp(ends[k], "чүүд") == 0 ? strlen("ч") : 0);
        char *stem = g_strndup(f, cut);
        bool yes = g_hash_table_contains(s->r->roles, stem) && !g_hash_table_contains(s->r->keep_roles, stem);
        g_free(stem);
        if (yes)
            return true;
    }
    return false;
}

/* A list's heading that names the parties listed after it: a party's role
 * (in the plural, or with нар: Хохирогч нар, Victims, The victims were),
 * then a colon, or alone on its line (## Victims).  Returns the heading's
 * last token, or -1; `block` says whether its items are lines. */
static int
list_heading(const scan *s, int i, bool *block)
{
    if (!is_word(s, i) || !s->t[i].cap || g_hash_table_contains(s->r->keep_roles, s->t[i].fold) ||
        !(plural_role(s, i) || g_hash_table_contains(s->r->roles, s->t[i].fold)))
        return -1;
    static const char *const between[] = {"нар", "нь", "were", "are", "was", "is", "as", "follows", NULL};
    int k = i;
    for (int n = 0; n < 3; n++) {
        bool nl = false;
        int j = next_tok(s, k, &nl);
        if (j < 0 || nl) {
            /* Alone on its line, after a Markdown heading's marks at
             * most: a heading, its items the lines below. */
            bool before = false;
            int p = prev_tok(s, i, &before);
            while (p >= 0 && !before && is_punct(s, p, "#*"))
                p = prev_tok(s, p, &before);
            *block = true;
            return p < 0 || before ? k : -1;
        }
        if (is_punct(s, j, ":")) {
            bool nl2 = false;
            next_tok(s, j, &nl2);
            *block = nl2;
            return j;
        }
        if (!word_is(s, j, between))
            return -1;
        k = j;
    }
    return -1;
}

/* The item marker at token `j` (1. 2) - * •), or -1: the token after it. */
static int
item_marker(const scan *s, int j)
{
    if (j < 0 || j + 2 >= s->n)
        return -1;
    if (s->t[j].kind == 'n' && s->t[j].e - s->t[j].s <= 2 && is_punct(s, j + 1, ".)") && s->t[j + 2].kind == 's')
        return next_tok(s, j + 1, NULL);
    bool bullet = s->t[j].kind == 'p' && g_utf8_get_char(s->text + s->t[j].s) == 0x2022;
    if ((is_punct(s, j, "-*") || bullet) && s->t[j + 1].kind == 's')
        return next_tok(s, j, NULL);
    return -1;
}

/* Whether what follows a listed name closes it as a list's item does: a
 * line's end, a comma, a bracket, a stop, нь. */
static bool
item_closed(const scan *s, int last)
{
    bool nl = false;
    int k = next_tok(s, last, &nl);
    return k < 0 || nl || is_punct(s, k, ",;.():") || word_is(s, k, (const char *const[]){"нь", NULL});
}

/* The parties of an enumerated list after a heading that names them
 * (Хохирогч нар: 1. Цэцэгээ, 2. Ариунзаяа; ## Victims, then "1. Munkhzaya
 * B. (age 19)" a line): each item's first words are a person, known to the
 * lists or not, as after a party's label; items run on past commas and
 * semicolons (inline) or lines (under a heading alone on its line), while
 * each opens with a marker or is a name alone. */
static void
pass_enumerated(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        bool block = false;
        int h = list_heading(s, i, &block);
        if (h < 0)
            continue;
        int j = next_tok(s, h, NULL);
        for (int items = 0; j >= 0 && items < 40;) {
            int w = item_marker(s, j);
            bool marked = w >= 0;
            if (!marked)
                w = j;
            mention m;
            int last;
            if (is_word(s, w) && s->t[w].mark == 'm') {
                last = w;
                while (last + 1 < s->n && s->t[last + 1].mark == 'm')
                    last++;
            } else if (is_word(s, w) && free_tok(s, w) && s->t[w].cap && parse_person(s, w, &m, 2) &&
                       item_closed(s, m.last) && !(g_utf8_get_char(s->text + s->t[w].s) < 0x400 && ruled_out(s, w))) {
                m.party = true;
                settle(s, &m);
                last = m.last;
            } else if (is_word(s, w) && free_tok(s, w) && s->t[w].cap && !s->t[w].upper && core_letters(s, w) >= 3 &&
                       item_closed(s, w) && !excluded(s, w) && !before_place(s, w) && !is_initial(s, w) &&
                       !g_hash_table_contains(s->r->roles, s->t[w].fold)) {
                /* A word alone as an item is the party's name though it
                 * is an everyday word too (2) Солонгоо: a rainbow's). */
                m = (mention){.first = w, .last = w, .given = w, .initial = -1, .patronymic = -1, .party = true};
                settle(s, &m);
                last = m.last;
            } else {
                break;
            }
            items++;
            /* To the next item: past a comma or semicolon on the line
             * (then a marker or a name), or to the next line under a
             * heading alone on its own. */
            int k = last, steps = 0;
            bool nl = false;
            j = -1;
            while ((k = next_tok(s, k, &nl)) >= 0 && steps++ < 60) {
                if (nl) {
                    j = block ? k : -1;
                    break;
                }
                if (!block && is_punct(s, k, ",;")) {
                    j = next_tok(s, k, &nl);
                    if (nl)
                        j = -1;
                    break;
                }
                if (!block && (is_punct(s, k, ".") ||
                               word_is(s, k, (const char *const[]){"нар", "нарыг", "нарын", "and", "болон", NULL})))
                    break;
            }
        }
    }
}

/* Whether word `f` right before name word `w` is its father's name: a
 * capitalised genitive (Цогтын Баяржаргал, Сүхийн Эрдэнэ), though the
 * lists know it as a place's too (Цогт, Сүх are soums): before a person
 * in a list or before a kinship word it is a patronymic. */
static bool
father_before(const scan *s, int f, int w)
{
    return is_word(s, f) && free_tok(s, f) && s->t[f].cap && !s->t[f].upper && s->t[f].letters >= 3 &&
           spaced(s, f, w) && genitive(s->t[f].fold) && !ruled_out(s, f) && !is_initial(s, f) &&
           g_utf8_get_char(s->text + s->t[f].s) >= 0x400;
}

/* A mention's father's name before it, as father_before says, when
 * extend_left took none. */
static void
take_father(const scan *s, mention *m)
{
    int f = prev_tok(s, m->first, NULL);
    if (m->patronymic < 0 && m->initial < 0 && m->first == m->given && father_before(s, f, m->first)) {
        m->first = f;
        m->patronymic = f;
    }
}

/* Whether `fold` is нар, the plural of persons (Батбаяр, Дорж нар), in a
 * case. */
static bool
plural_of_persons(const char *fold)
{
    static const char *const forms[] = {"нар", "нарын", "нарыг", "нарт", "нараас", "нартай", "нараар", "нарынх"};
    for (size_t i = 0; i < G_N_ELEMENTS(forms); i++)
        if (strcmp(fold, forms[i]) == 0)
            return true;
    return false;
}

/* What token j, before `after` in a list closed by нар, is: 'p' a person,
 * a capitalised word (not a heading's capitals, an initial, a role or a
 * word the lists rule out, nor before a place word); an everyday word is
 * a name there (Тэнүүн), and so is a place the lists also know as a given
 * name (Хонгор).  'l' a place, a person only in the company of one (Хэрлэн,
 * Хангай нар after хохирогч Цэцэг), not alone (Хятад, Орос нар).  0
 * neither; a sentence's first word (Хохирогч нар) must be no place nor
 * everyday word to be a person. */
static char
list_person(const scan *s, int j, int after)
{
    if (!is_word(s, j) || !s->t[j].cap || s->t[j].upper || !spaced(s, j, after) || core_letters(s, j) < 2 ||
        is_initial(s, j) || before_place(s, j) || g_utf8_get_char(s->text + s->t[j].s) < 0x400)
        return 0;
    if (ruled_out(s, j))
        return 0;
    if (sentence_start(s, j))
        return core_letters(s, j) >= 3 && !excluded(s, j) && plausible(s, j) ? 'p' : 0;
    /* A place (Хятад, Орос нар) unless the lists know it as a given name
     * too (Хонгор). */
    char *stem = NULL;
    bool weak = false;
    if (!a_place(s, j))
        return 'p';
    bool name = listed(s, j, &stem, &weak);
    g_free(stem);
    return name ? 'p' : 'l';
}

/* The people of a list closed by нар (Батбаяр, Төмөрбаатар, Сайнбилэг
 * нар): each capitalised word of it is a name (list_person), whether or
 * not the lists know it, and a place among them when the list holds a
 * person.  Settled from the first, so that a list after an official's role
 * (шүүгч Гантулга, Сувд нар) keeps them. */
static void
pass_plural(scan *s)
{
    GArray *items = g_array_new(FALSE, FALSE, sizeof(int));
    for (int i = 0; i < s->n; i++) {
        if (!is_word(s, i) || !plural_of_persons(s->t[i].fold))
            continue;
        g_array_set_size(items, 0);
        bool persons = false;
        int j = prev_tok(s, i, NULL), after = i;
        while (j >= 0) {
            /* An aside after an item (Нурланы Жанар (2009 онд төрсөн), …
             * нар): the list goes on before it. */
            if (is_punct(s, j, ")")) {
                int o = skip_aside_of(s, j, 60);
                if (o < 0)
                    break;
                after = o;
                j = prev_tok(s, o, NULL);
                continue;
            }
            if (s->t[j].mark) { /* a mention already settled (Б.Батбаяр) */
                persons = persons || s->t[j].mark == 'm';
                while (j >= 0 && (s->t[j].mark || s->t[j].kind == 's'))
                    j--;
            } else if (is_punct(s, j, ".") && j > 1 && is_word(s, j - 1) && s->t[j - 1].e == s->t[j].s &&
                       s->t[j - 1].cap && s->t[j - 1].letters == 1 && free_tok(s, j - 1)) {
                /* A name with its father's initial after it (Цэцэг Г., Чжан
                 * В. нар): the initial goes with the name before it. */
                int w = prev_tok(s, j - 1, NULL);
                if (!is_word(s, w) || !free_tok(s, w) || !s->t[w].cap || list_person(s, w, j - 1) != 'p')
                    break;
                g_array_append_val(items, w);
                persons = true;
                j = prev_tok(s, w, NULL);
            } else if (is_word(s, j) && s->t[j].cap && spaced(s, j, after)) {
                /* A capitalised item that is no person (Хятад) is passed
                 * over: the list goes on before it. */
                char what = list_person(s, j, after);
                /* A father's name before it (Сүхийн Эрдэнэ нар): a
                 * person, and the list goes on before the father's. */
                int f = prev_tok(s, j, NULL);
                bool fathered = what && father_before(s, f, j) && !sentence_start(s, j);
                if (fathered)
                    what = 'p';
                if (what) {
                    int item = what == 'p' ? j : -1 - j;
                    g_array_append_val(items, item);
                }
                persons = persons || what == 'p';
                j = fathered ? prev_tok(s, f, NULL) : prev_tok(s, j, NULL);
            } else {
                break;
            }
            /* The list goes on past a comma, болон or ба. */
            if (j >= 0 && (is_punct(s, j, ",") || (is_word(s, j) && (strcmp(s->t[j].fold, "болон") == 0 ||
                                                                     strcmp(s->t[j].fold, "ба") == 0)))) {
                j = prev_tok(s, j, NULL);
                after = next_tok(s, j, NULL);
            } else {
                break;
            }
        }
        for (guint k = items->len; k-- > 0;) {
            int w = g_array_index(items, int, k);
            if (w < 0 && !persons)
                continue;
            w = w < 0 ? -1 - w : w;
            if (!free_tok(s, w))
                continue;
            mention m = {.first = w, .last = w, .given = w, .initial = -1, .patronymic = -1};
            /* A name of two words, the family's first (Чжан Вэй, Ван Жюнь
             * нар): the word before is the same person's. */
            int b = prev_tok(s, w, NULL);
            if (is_word(s, b) && free_tok(s, b) && s->t[b].cap && !s->t[b].upper && spaced(s, b, w) &&
                g_utf8_get_char(s->text + s->t[b].s) >= 0x400 && core_letters(s, b) >= 2 && !is_initial(s, b) &&
                !excluded(s, b) && !before_place(s, b) && !genitive(s->t[b].fold) && !sentence_start(s, b))
                m.first = m.given = b;
            int k = next_tok(s, w, NULL);
            if (is_word(s, k) && free_tok(s, k) && s->t[k].letters == 1 && s->t[k].cap && spaced(s, w, k) &&
                is_punct(s, k + 1, ".") && s->t[k + 1].s == s->t[k].e && initial_name(s, k) < 0) {
                m.initial = k;
                m.last = k + 1;
            }
            extend_left(s, &m, true);
            take_father(s, &m);
            settle(s, &m);
        }
    }
    g_array_free(items, TRUE);
}

/* Whether `fold` says the word before it is what someone is called:
 * Түвшин гэдэг хүүхэд, Бат гэгч, Сувд нэртэй эмэгтэй. */
static bool
calls(const char *fold)
{
    static const char *const words[] = {"гэдэг", "гэгч", "гэгчийн", "гэгчийг", "гэгчид", "гэгдэх",
                                        "гэгддэг", "гэгдсэн", "хэмээх", "нэртэй"};
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (strcmp(fold, words[i]) == 0)
            return true;
    return false;
}

/* Whether `fold` is a kinship word or its form (эгч, ахын, дүүтэй, эмээгийнх),
 * or багш: a capitalised word before one is how a witness names a person
 * (Дэлгэр эгч намайг, Болд ахын машин, Ван багш). */
static bool
kin_word(const mk_rules *r, const char *fold)
{
    static const char *const kin[] = {"эгч", "ах", "дүү", "эмээ", "өвөө", "ээж", "аав", "авга", "нагац", "багш"};
    for (size_t i = 0; i < G_N_ELEMENTS(kin); i++)
        if (is_form_of(r, fold, kin[i]))
            return true;
    return false;
}

/* What stands before a kinship word at a sentence's start and is no name:
 * a pronoun or a word of age or rank (Тэр эгч, Манай ах, Том ах, Бага дүү). */
static bool
kin_qualifier(const char *fold)
{
    static const char *const words[] = {"тэр", "энэ", "манай", "миний", "таны", "түүний", "тэдний", "бидний",
                                        "өөрийн", "нөгөө", "нэг", "бас", "харин", "тэгээд", "гэтэл", "том",
                                        "бага", "их", "дунд", "отгон", "ууган", "хөгшин", "залуу", "эмэгтэй",
                                        "эрэгтэй", "хөрш", "төрсөн", "хойт", "хадам", "the", "my", "her", "his"};
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (strcmp(fold, words[i]) == 0)
            return true;
    /* A people's name before a kinship word is a nationality: "Хятад ах
     * нар" are Chinese men, not one Хятад. */
    static const char *const peoples[] = {"монгол", "хятад",  "орос",  "солонгос", "казах",   "япон",
                                          "америк", "англи",  "герман", "франц",   "турк",    "вьетнам",
                                          "тайланд", "энэтхэг", "буриад", "узбек",  "киргиз", "тува"};
    for (size_t i = 0; i < G_N_ELEMENTS(peoples); i++)
        if (strcmp(fold, peoples[i]) == 0)
            return true;
    return false;
}

/* A capitalised word before a kinship word: Дэлгэр эгч, "Заяа эгч намайг",
 * Болд ахын — a person's short name in testimony, an everyday word or a
 * place's name too; at a sentence's (a quotation's) start not an everyday
 * word unless a name form, nor a pronoun (Тэр эгч). */
static void
pass_kin(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        if (!is_word(s, i) || s->t[i].cap || !kin_word(s->r, s->t[i].fold))
            continue;
        int j = prev_tok(s, i, NULL);
        if (!is_word(s, j) || !free_tok(s, j) || !s->t[j].cap || s->t[j].upper || !spaced(s, j, i) ||
            core_letters(s, j) < 3 || is_initial(s, j) || ruled_out(s, j) || kin_qualifier(s->t[j].fold) ||
            g_utf8_get_char(s->text + s->t[j].s) < 0x400)
            continue;
        /* A common noun in the genitive (Хүүхдийн эгч, a form's "the
         * child's elder sister") is whose relative, no one's name: a
         * person's genitive before a kinship word is a name the lists or
         * the document know, or no word of the dictionary. */
        if (sentence_opens(s, j) || genitive(s->t[j].fold)) {
            char *stem = NULL;
            bool weak = false, known = listed(s, j, &stem, &weak);
            g_free(stem);
            const char *init = NULL;
            if (!known && learned(s, s->t[j].fold, &init) == NULL && everyday(s, s->t[j].fold))
                continue;
        }
        mention m = {.first = j, .last = j, .given = j, .initial = -1, .patronymic = -1, .party = true};
        extend_left(s, &m, true);
        take_father(s, &m);
        settle(s, &m);
    }
}

/* English names a relative by whose relative they are: "Tsedevsuren's son
 * Orgil", "to Narangerel's daughter": the capitalised Latin word before the
 * possessive and a kinship word is a person, the lists know it or not.  Not
 * a role's word (the defendant's son), a title, a place or a body. */
static void
pass_possessive_kin(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        const tok *t = &s->t[i];
        if (!is_word(s, i) || !free_tok(s, i) || !t->cap || t->upper || core_letters(s, i) < 3 ||
            g_utf8_get_char(s->text + t->s) >= 0x250 || is_initial(s, i) || excluded(s, i) ||
            g_hash_table_contains(s->r->roles, t->fold) || g_hash_table_contains(s->r->keep_roles, t->fold) ||
            g_hash_table_contains(s->r->titles, t->fold))
            continue;
        /* The possessive: an apostrophe touching the word, then "s". */
        int a = i + 1;
        if (a + 1 >= s->n || s->t[a].kind != 'p' || s->t[a].s != t->e ||
            !(s->text[s->t[a].s] == '\'' || g_utf8_get_char(s->text + s->t[a].s) == 0x2019) ||
            !is_word(s, a + 1) || strcmp(s->t[a + 1].fold, "s") != 0)
            continue;
        int k = next_tok(s, a + 1, NULL);
        if (!word_is(s, k, english_kin) || !spaced(s, a + 1, k))
            continue;
        mention m = {.first = i, .last = i, .given = i, .initial = -1, .patronymic = -1, .party = true};
        settle(s, &m);
    }
}

/* "гэх" before a person's noun, a word of nationality allowed between (Ли
 * Хуа гэх хятад иргэн, Болд гэх залуу): "called" as гэгч is; before other
 * words гэх is "to say". */
static bool
called_person(const scan *s, int i)
{
    if (strcmp(s->t[i].fold, "гэх") != 0)
        return false;
    static const char *const persons[] = {"иргэн", "хүн", "эмэгтэй", "эрэгтэй", "залуу", "этгээд", "охин", "хүү", NULL};
    int k = next_tok(s, i, NULL);
    for (int n = 0; n < 2 && is_word(s, k) && !s->t[k].cap; n++, k = next_tok(s, k, NULL))
        for (int p = 0; persons[p]; p++)
            if (is_form_of(s->r, s->t[k].fold, persons[p]))
                return true;
    return false;
}

/* "гэж" before a verb of calling, a word or two between (Ганаа гэж бид
 * дууддаг, Бямбаа гэж нэрлэдэг байсан): the word before is what a person
 * is called, though it opens the sentence. */
static bool
called_by_name(const scan *s, int i)
{
    if (!word_is(s, i, (const char *const[]){"гэж", NULL}))
        return false;
    int k = next_tok(s, i, NULL);
    /* Who calls between (гэж дотны хүмүүс нь дууддаг: four words). */
    for (int n = 0; n < 5 && is_word(s, k) && !s->t[k].cap; n++, k = next_tok(s, k, NULL))
        if (g_str_has_prefix(s->t[k].fold, "дууд") || g_str_has_prefix(s->t[k].fold, "нэрлэ") ||
            g_str_has_prefix(s->t[k].fold, "танилцуул")) /* гэж өөрийгөө танилцуулсан: introduced himself as */
            return true;
    return false;
}

/* The one to three capitalised words before token `i` (a comma between
 * allowed), free and no body's or place's: a mention, or false. */
static bool
names_before(const scan *s, int i, mention *m)
{
    int j = prev_tok(s, i, NULL);
    if (is_punct(s, j, ","))
        j = prev_tok(s, j, NULL);
    int first = -1;
    for (int n = 0, k = j; n < 3 && is_word(s, k) && free_tok(s, k) && s->t[k].cap && core_letters(s, k) >= 2 &&
                           !is_initial(s, k) && !excluded(s, k) && !before_place(s, k) && (n == 0 || spaced(s, k, first));
         n++, k = prev_tok(s, k, NULL))
        first = k;
    if (first < 0)
        return false;
    *m = (mention){.first = first, .last = j, .given = first, .initial = -1, .patronymic = -1, .party = true};
    return true;
}

/* English apposition and aliases: the name before ", a local associate"
 * (an article, two words at most, a party's role) or before "known as"
 * (Khulan, known as "Lulu"). */
static void
pass_apposition(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        mention m;
        if (word_is(s, i, (const char *const[]){"known", NULL}) &&
            word_is(s, next_tok(s, i, NULL), (const char *const[]){"as", NULL})) {
            int b = prev_tok(s, i, NULL);
            if (word_is(s, b, (const char *const[]){"also", NULL}))
                b = prev_tok(s, b, NULL);
            if (names_before(s, next_tok(s, b, NULL), &m))
                settle(s, &m);
            continue;
        }
        /* A role, a comma, one to three capitalised words and a comma
         * (His driver, Serikbol Nurgali, drove; түүний жолооч, Ержан
         * Болатұлы, ...): the name the role is apposed to, in either
         * alphabet; not a list of roles (the driver, the manager), nor
         * English words (the driver, Tuesday, ...). */
        if (is_word(s, i) && !s->t[i].cap && g_hash_table_contains(s->r->roles, s->t[i].fold) &&
            !plural_of_persons(s->t[i].fold) && is_punct(s, next_tok(s, i, NULL), ",")) {
            int f = next_tok(s, next_tok(s, i, NULL), NULL), l = -1, n = 0;
            bool ok = true;
            bool cyr = is_word(s, f) && g_utf8_get_char(s->text + s->t[f].s) >= 0x400;
            for (int k = f; n < 4 && is_word(s, k); k = next_tok(s, k, NULL), n++) {
                if (n == 3 || !s->t[k].cap || s->t[k].upper || !free_tok(s, k) || excluded(s, k) || is_initial(s, k) ||
                    (g_utf8_get_char(s->text + s->t[k].s) >= 0x400) != cyr || (l >= 0 && !spaced(s, l, k)) ||
                    (!cyr && s->az && az_is_english_word(s->az, s->t[k].fold)) ||
                    (cyr && everyday(s, s->t[k].fold))) {
                    ok = false;
                    break;
                }
                l = k;
            }
            if (ok && l >= 0 && is_punct(s, next_tok(s, l, NULL), ",") && core_letters(s, f) >= 3) {
                mention am = {.first = f, .last = l, .given = f, .initial = -1, .patronymic = -1, .party = true};
                settle(s, &am);
                i = l;
                continue;
            }
        }
        if (!is_word(s, i) || !g_hash_table_contains(s->r->roles, s->t[i].fold) ||
            g_utf8_get_char(s->text + s->t[i].s) >= 0x400)
            continue;
        int a = prev_tok(s, i, NULL);
        for (int n = 0; n < 2 && is_word(s, a) && !s->t[a].cap &&
                        !word_is(s, a, (const char *const[]){"a", "an", "the", NULL});
             n++)
            a = prev_tok(s, a, NULL);
        if (!word_is(s, a, (const char *const[]){"a", "an", "the", NULL}) || !is_punct(s, prev_tok(s, a, NULL), ","))
            continue;
        /* Not a name a role or an initial already introduces (his
         * advocate N. Oyun, the defendant …): a list of roles. */
        if (!names_before(s, a, &m) || g_utf8_get_char(s->text + s->t[m.first].s) >= 0x400)
            continue;
        int b = prev_tok(s, m.first, NULL);
        if (!is_punct(s, b, ".") && !(is_word(s, b) && (ruled_out(s, b) || s->t[b].letters == 1)))
            settle(s, &m);
    }
}

static bool
known_name_part(const mk_rules *r, const char *w)
{
    return g_hash_table_contains(r->parts, w) || g_hash_table_contains(r->names, w) ||
           g_hash_table_contains(r->weak_names, w);
}

/* Whether word `i` is a name's short form as people call each other: a
 * name or a name's part the lists know and a long vowel after it (Энхээ
 * of энх, Болдоо, Оюунаа), which the dictionary may read as a word and
 * its reflexive ending (энх "peace"). */
static bool
pet_name(const scan *s, int i)
{
    static const char *const longs[] = {"аа", "ээ", "оо", "өө", "уу", "үү"};
    const char *f = s->t[i].fold;
    for (size_t v = 0; v < G_N_ELEMENTS(longs); v++) {
        if (!g_str_has_suffix(f, longs[v]) || strlen(f) <= strlen(longs[v]))
            continue;
        char *base = g_strndup(f, strlen(f) - strlen(longs[v]));
        bool yes = n_chars(base) >= 2 && known_name_part(s->r, base);
        /* The name's last vowel drops before the long one (Цэцгээ of
         * Цэцэг, Хүрлээ of Хүрэл): put back before the last letter. */
        static const char *const vowels[] = {"э", "а", "о", "ө", "и"};
        const char *last = g_utf8_prev_char(base + strlen(base));
        for (size_t k = 0; !yes && n_chars(base) >= 3 && k < G_N_ELEMENTS(vowels); k++) {
            char *full = g_strdup_printf("%.*s%s%s", (int)(last - base), base, vowels[k], last);
            yes = known_name_part(s->r, full);
            g_free(full);
        }
        g_free(base);
        if (yes)
            return true;
    }
    return false;
}

/* Whether token `k` is a noun for a person (эмэгтэй, залуу, охин): what
 * "X гэгч" goes on to name. */
static bool
person_noun(const scan *s, int k)
{
    static const char *const persons[] = {"эмэгтэй", "эрэгтэй", "залуу", "охин", "хүү", "хүн", "этгээд",
                                          "эр",      "бүсгүй",  "иргэн", "найз", "ах",  "эгч", NULL};
    for (int p = 0; is_word(s, k) && persons[p]; p++)
        if (is_form_of(s->r, s->t[k].fold, persons[p]))
            return true;
    return false;
}

/* Whether гэгч at token `i` (its next token `k`) names its word before as
 * a person with no person's noun after it: "the so-called" then the
 * sentence's subject (Сэлэнгэ гэгч нь охидыг …), or гэгч itself taking
 * the case (Алтай гэгчийг, Оргил гэгчтэй).  A place's word after it (Алтай
 * гэгч газар, Оргил гэгч дэлгүүр) says a place, and stays one. */
static bool
so_called_subject(const scan *s, int i, int k)
{
    if (!g_str_has_prefix(s->t[i].fold, "гэгч"))
        return false;
    if (strcmp(s->t[i].fold, "гэгч") != 0)
        return true;
    return word_is(s, k, (const char *const[]){"нь", NULL});
}

/* A person called so with no role before: the capitalised word before
 * гэдэг, гэгч, нэртэй, гэх хятад иргэн (Н.Номундарийг Түвшин гэдэг хүүхэдтэй), unless it is
 * a place or a body, or what follows names one ("Алтан гадас" нэртэй
 * караоке keeps its quotes and is no person). */
static void
pass_called(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        bool by_name = is_word(s, i) && called_by_name(s, i);
        if (!is_word(s, i) || !(calls(s->t[i].fold) || called_person(s, i) || by_name))
            continue;
        int j = prev_tok(s, i, NULL), k = next_tok(s, i, NULL);
        bool copy = false;
        /* A Latin copy in brackets between (Ли Хуа (Li Hua) гэх): the name
         * before it; the copy goes with it (pass_latin_copy). */
        if (is_punct(s, j, ")") && skip_aside(s, j) >= 0 && is_word(s, prev_tok(s, skip_aside(s, j), NULL))) {
            j = prev_tok(s, skip_aside(s, j), NULL);
            copy = true;
        }
        /* A place's or a shop's name is a person's when a person's noun
         * follows (Номин гэгч охин, Хонгор гэдэг залуу) or someone called
         * himself so (өөрийгөө Хонгор гэж танилцуулсан). */
        bool person = (calls(s->t[i].fold) && person_noun(s, k)) ||
                      (by_name && word_is(s, prev_tok(s, j, NULL), (const char *const[]){"өөрийгөө", NULL})) ||
                      so_called_subject(s, i, k);
        if (!is_word(s, j) || !free_tok(s, j) || !s->t[j].cap || s->t[j].upper || !(copy || spaced(s, j, i)) ||
            core_letters(s, j) < 2 || is_initial(s, j) || ruled_out(s, j) || (a_place(s, j) && !person) ||
            (is_word(s, k) && form_in(s->r, s->t[k].fold, s->r->after_words)))
            continue;
        /* A foreigner's name of two or three short Cyrillic words (Ли Хуа,
         * Пак Сон Ми): from its first. */
        int first = j;
        for (int n = 0, p = prev_tok(s, j, NULL);
             n < 2 && core_letters(s, j) <= 4 && is_word(s, p) && free_tok(s, p) && s->t[p].cap && !s->t[p].upper &&
             spaced(s, p, first) && !excluded(s, p) &&
             core_letters(s, p) <= (g_utf8_get_char(s->text + s->t[p].s) < 0x400 ? 5 : 3);
             n++, p = prev_tok(s, p, NULL))
            first = p;
        /* At a sentence's start a capitalised word is any word, but one
         * before гэгч ("the so-called", said of people only) is a name
         * unless an everyday word or a pronoun (Энхээ гэгч охиныг). */
        bool so_called = g_str_has_prefix(s->t[i].fold, "гэгч") && first == j && !kin_qualifier(s->t[j].fold) &&
                         (!everyday(s, s->t[j].fold) || pet_name(s, j) || strcmp(s->t[i].fold, "гэгч") != 0 ||
                          person_noun(s, k) ||
                          /* ...and a given name of the lists though a word
                           * too (Тамир гэгч нь охидыг …; not Мөнгө гэгч нь). */
                          (so_called_subject(s, i, k) && g_hash_table_contains(s->r->names, s->t[j].fold)));
        if (sentence_opens(s, first) && !(by_name && first == j && !kin_qualifier(s->t[j].fold)) && !so_called)
            continue;
        mention m = {.first = first, .last = j, .given = first, .initial = -1, .patronymic = -1, .party = true};
        extend_left(s, &m, true);
        settle(s, &m);
    }
}

static bool
is_quote(const scan *s, int i, bool opening)
{
    if (i < 0 || i >= s->n || s->t[i].kind != 'p')
        return false;
    gunichar c = g_utf8_get_char(s->text + s->t[i].s);
    return c == '"' || c == '\'' || (opening ? (c == 0xAB || c == 0x201C || c == 0x2018)
                                                : (c == 0xBB || c == 0x201D || c == 0x2019));
}


/* A nickname in quotes: «Хар Бат» гэх хочтой, "Жаахан" гэгдэх, known as
 * "Lao Wang".  At most three capitalised words; masked where written, not
 * learned (its words are often everyday ones). */
static void
pass_nicknames(scan *s)
{
    static const char *const after[] = {"хочтой", "хочит", "хоч", "хочоор", "гэгдэх", "гэгддэг", "гэгдсэн",
                                        "гэгч", "гэгчийн", "гэгчтэй", "гэгчийг", "гэгчид", "гэгчээс", "хэмээх",
                                        NULL};
    static const char *const said[] = {"гэх", "гэдэг", NULL};
    static const char *const before[] = {"nicknamed", "alias", "aka", "as", "хоч", "хочтой", "хочит", "хочоор",
                                         "нь", "a", NULL};
    static const char *const more[] = {"or", "эсвэл", "буюу", "ба", NULL};
    for (int i = 0; i < s->n; i++) {
        if (!is_quote(s, i, true))
            continue;
        int first = next_tok(s, i, NULL), last = first, words = 0;
        for (int k = first; is_word(s, k) && s->t[k].cap && words < 3; k = next_tok(s, k, NULL)) {
            last = k;
            words++;
            if (!spaced(s, k, next_tok(s, k, NULL)))
                break;
        }
        /* A nickname in small letters («бяцхан чоно» гэх хочоор): up to
         * three Cyrillic words, taken only before a word of хоч below. */
        bool lower = false;
        if (words == 0)
            for (int k = first; is_word(s, k) && !s->t[k].cap && words < 3 &&
                                g_utf8_get_char(s->text + s->t[k].s) >= 0x400;
                 k = next_tok(s, k, NULL)) {
                last = k;
                words++;
                lower = true;
                if (!spaced(s, k, next_tok(s, k, NULL)))
                    break;
            }
        int close = next_tok(s, last, NULL);
        /* One small word may follow the name inside (Цэцгээ эгч). */
        if (words > 0 && !lower && is_word(s, close) && !s->t[close].cap && spaced(s, last, close))
            close = next_tok(s, close, NULL);
        if (words == 0 || !is_quote(s, close, false) || !free_tok(s, first) || !free_tok(s, last))
            continue;
        int k = next_tok(s, close, NULL);
        if (lower) {
            int v = next_tok(s, k, NULL);
            bool nickname = word_is(s, k, (const char *const[]){"хочтой", "хочит", "хоч", "хочоор", NULL}) ||
                            (word_is(s, k, said) && is_word(s, v) && g_str_has_prefix(s->t[v].fold, "хоч"));
            if (!nickname)
                continue;
            mention m = {.first = first, .last = last, .given = first, .initial = -1, .patronymic = -1,
                         .party = true, .once = true};
            settle(s, &m);
            i = close;
            continue;
        }
        /* ... "Цэцгээ" гэж дуудан / дууддаг / нэрлэдэг: what they called her. */
        int v = next_tok(s, k, NULL);
        /* ... "Баясаа гуай" гэх нэрээр / гэдэг нэрээ: the name a person
         * went by (a body's "нэртэй" is not). */
        bool nick = word_is(s, k, after) ||
                    (word_is(s, k, said) && is_word(s, v) &&
                     (g_str_has_prefix(s->t[v].fold, "хоч") ||
                      word_is(s, v, (const char *const[]){"нэрээр", "нэрээ", NULL}))) ||
                    called_by_name(s, k);
        /* «Цэцгээ» гэх Ч.Цэцэгмаа, "Ерлан" гэх Ерланы Асхат, «Бат» гэх
         * залуу: what a person is called, before that person's name or a
         * person's noun; not a body ("Гэрэлт Од" гэх караоке) nor a place
         * (гэх Хятад иргэн is a nationality's). */
        if (!nick && word_is(s, k, said) &&
            (called_person(s, k) || is_initial(s, v) || (is_word(s, v) && s->t[v].mark == 'm') ||
             (is_word(s, v) && s->t[v].cap && !s->t[v].upper && spaced(s, k, v) && !excluded(s, v) &&
              !before_place(s, v))))
            nick = true;
        int p = prev_tok(s, i, NULL);
        /* Шүүгдэгчийн хочийг "Цагаан Мөнхөө" гэдэг: after a form of хоч. */
        if (!nick && is_word(s, p) && g_str_has_prefix(s->t[p].fold, "хоч"))
            nick = true;
        /* under the name "Sasha UB", used the names "Saraa" and …: a
         * person's assumed name (not a company's or a brand's; a social
         * network's account is mask.c's, which shows what it was). */
        if (!nick && word_is(s, p, (const char *const[]){"name", "names", "pseudonym", "alias", NULL}) &&
            !word_is(s, prev_tok(s, p, NULL),
                     (const char *const[]){"company", "business", "brand", "trade", "firm", "shop", "store", "vessel",
                                           "ship", "domain", "file", "case", NULL})) {
            static const char *const networks[] = {"facebook", "instagram", "tiktok",   "wechat",  "kakaotalk",
                                                   "telegram", "viber",     "whatsapp", "twitter", "vk",
                                                   "snapchat", "line",      NULL};
            nick = true;
            for (int q = prev_tok(s, p, NULL), n = 0; nick && q >= 0 && n < 8; q = prev_tok(s, q, NULL), n++)
                nick = !word_is(s, q, networks);
        }
        /* English: the name one gives oneself or goes by, quoted (a man
         * who calls himself "Bayar ah", goes by "Tiger", calling herself
         * "Lulu"). */
        if (!nick && g_utf8_get_char(s->text + s->t[first].s) < 0x400 && words <= 3) {
            int q = prev_tok(s, p, NULL);
            if (word_is(s, p, (const char *const[]){"himself", "herself", "themselves", NULL}))
                nick = word_is(s, q, (const char *const[]){"calls", "called", "calling", "call", "named", "names",
                                                           "naming", "introduced", "introduces", NULL});
            else if (word_is(s, p, (const char *const[]){"by", NULL}))
                nick = word_is(s, q, (const char *const[]){"goes", "went", "going", "go", "gone", NULL});
        }
        /* English: the quoted name right after a person's noun (the girl
         * "Saraa", a woman "Lulu"), one or two capitalised words and
         * nothing else inside: a nickname or the name a decision gives. */
        static const char *const persons_en[] = {"girl", "boy", "woman", "man", "child", "lady", "teenager",
                                                 "minor", "victim", "named", "called", NULL};
        if (!nick && word_is(s, p, persons_en) && spaced(s, p, i) && words <= 2 && is_word(s, prev_tok(s, close, NULL)) &&
            s->t[prev_tok(s, close, NULL)].cap && g_utf8_get_char(s->text + s->t[first].s) < 0x400 &&
            !ruled_out(s, first))
            nick = true;
        /* "known (to the victims) as", not "such as" or "as amended"; хоч
         * (нэр нь) «Мишээ»; a.k.a. "Maa" (its dots are tokens). */
        if (!nick && (word_is(s, p, before) || is_punct(s, p, "."))) {
            const char *f = is_word(s, p) ? s->t[p].fold : ".";
            nick = strcmp(f, "as") != 0 && strcmp(f, "нь") != 0 && strcmp(f, "a") != 0 && strcmp(f, ".") != 0;
            for (int q = prev_tok(s, p, NULL), n = 0; !nick && q >= 0 && n < 5; q = prev_tok(s, q, NULL), n++)
                nick = word_is(s, q, (const char *const[]){"known", "referred", "хоч", "aka", NULL}) ||
                       (is_word(s, q) && strcmp(s->t[q].fold, "k") == 0 && is_punct(s, q - 1, "."));
        }
        /* A person's other name in brackets or slashes after it, or after
         * another of them: Gansukh ("Gana"), Л.Эрдэнэ /«Бат»/, /«Тулга»,
         * «Лхагваа»/, a.k.a. "B." or "Maa". */
        if (!nick && (is_punct(s, p, "(/,") || word_is(s, p, more))) {
            int q = prev_tok(s, p, NULL);
            bool quoted = is_quote(s, q, false);
            if (quoted)
                q = prev_tok(s, q, NULL);
            if (quoted && is_word(s, q) && !s->t[q].cap) /* «Цэцгээ эгч» */
                q = prev_tok(s, q, NULL);
            if (is_punct(s, q, ".") && q > 0 && (s->t[q - 1].mark == 'm' || (quoted && s->t[q - 1].letters == 1)))
                q--;
            /* ...its "гэх" inside the brackets too (Д.Бат ("Батаа" гэх),). */
            int shut = next_tok(s, close, NULL);
            if (word_is(s, shut, said) && is_punct(s, next_tok(s, shut, NULL), ")"))
                shut = next_tok(s, shut, NULL);
            nick = is_word(s, q) && (s->t[q].mark == 'm' || (quoted && s->t[q].letters == 1 && s->t[q].cap)) &&
                   (quoted || is_punct(s, shut, ")/,"));
        }
        if (!nick)
            continue;
        /* A one-word nickname is learned, to be masked where the text uses
         * it again (Мишээ, Жаахан, Bayaraa); one of several words is not
         * (Хар Бат: хар alone is "black"), nor one of two letters ("Ma":
         * MA (Somalia) v SSHD is a case). */
        mention m = {.first = first, .last = last, .given = first, .initial = -1, .patronymic = -1, .party = true,
                     .once = first != last || s->t[first].letters < 3};
        settle(s, &m);
        i = close;
    }
}

/* An assumed name a person used "in the name of" (the tenancy was in the
 * name of "Bobby Gan", an account opened in the name of Tuvshin Bat): one
 * to three capitalised Latin words after it, quoted or not; not a place,
 * a body or a word of the lists' (in the name of Mongolia), nor English
 * words alone (in the name of God). */
static void
pass_in_name_of(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        if (!word_is(s, i, (const char *const[]){"name", "names", NULL}))
            continue;
        int p = prev_tok(s, i, NULL), o = next_tok(s, i, NULL);
        if (word_is(s, p, (const char *const[]){"the", NULL}))
            p = prev_tok(s, p, NULL);
        if (!word_is(s, p, (const char *const[]){"in", "under", NULL}) ||
            !word_is(s, o, (const char *const[]){"of", NULL}))
            continue;
        int first = next_tok(s, o, NULL);
        bool quoted = is_quote(s, first, true);
        if (quoted)
            first = next_tok(s, first, NULL);
        int last = -1, words = 0;
        bool foreign = false, body = false;
        for (int k = first; is_word(s, k) && s->t[k].cap && free_tok(s, k) && words < 3; k = next_tok(s, k, NULL)) {
            if (g_utf8_get_char(s->text + s->t[k].s) >= 0x250 || is_initial(s, k) || excluded(s, k) ||
                g_hash_table_contains(s->r->titles, s->t[k].fold))
                break;
            /* A body's name (Golden Star LLC) is no one's. */
            if (s->t[k].upper || form_in(s->r, s->t[k].fold, s->r->after_words))
                body = true;
            foreign = foreign || !(s->az && az_is_english_word(s->az, s->t[k].fold));
            last = k;
            words++;
            if (!spaced(s, k, next_tok(s, k, NULL)))
                break;
        }
        if (last < 0 || body || before_place(s, last) || (!quoted && !foreign) ||
            (quoted && !is_quote(s, next_tok(s, last, NULL), false)))
            continue;
        mention m = {.first = first, .last = last, .given = first, .initial = -1, .patronymic = -1, .party = true,
                     .once = first != last};
        settle(s, &m);
        i = last;
    }
}

/* Whether token `i` ends a label that says the next word is a name: a
 * surname, patronymic, nickname or alias in English (surname Luvsan,
 * family name Bat, father's name Dorj, nicknamed Saraa, a.k.a. Gana) or
 * a nickname in Mongolian (хоч: Туяа, хоч нэр нь Туяа). */
static bool
name_label(const scan *s, int i)
{
    static const char *const single[] = {"surname", "surnamed", "patronymic", "nickname", "nicknamed", "alias",
                                         "aka", "хоч", NULL};
    static const char *const kinds[] = {"family", "given", "first", "last", "middle", "maiden",
                                        "birth",  "true",  "real",  "full", "actual", NULL};
    if (word_is(s, i, single))
        return true;
    /* a/k/a "Ebo": the last "a" of it. */
    if (word_is(s, i, (const char *const[]){"a", NULL}) && is_punct(s, i - 1, "/") &&
        word_is(s, i - 2, (const char *const[]){"k", NULL}) && is_punct(s, i - 3, "/") &&
        word_is(s, i - 4, (const char *const[]){"a", NULL}))
        return true;
    if (!word_is(s, i, (const char *const[]){"name", "нэр", NULL}))
        return false;
    int p = prev_tok(s, i, NULL);
    if (strcmp(s->t[i].fold, "нэр") == 0) /* хоч нэр */
        return word_is(s, p, (const char *const[]){"хоч", NULL});
    if (word_is(s, p, kinds))
        return true;
    /* father's name: "father", an apostrophe, "s". */
    int q = word_is(s, p, (const char *const[]){"s", NULL}) ? prev_tok(s, p, NULL) : -1;
    return q >= 0 && is_quote(s, q, false) &&
           word_is(s, prev_tok(s, q, NULL), (const char *const[]){"father", "mother", NULL});
}

/* Whether token `i` ends an English phrase that names who follows it:
 * identified as, known as, referred to as, named, called (a minor
 * identified as Bolor-Erdene, a man known as Big Orgil).  Less sure than a
 * label: the name must look like one (name_after_naming). */
static bool
naming_phrase(const scan *s, int i)
{
    if (word_is(s, i, (const char *const[]){"named", "called", "nicknamed", NULL}))
        return true;
    if (!word_is(s, i, (const char *const[]){"as", NULL}))
        return false;
    /* The verb may stand a few words before (known to the victims as,
     * referred to in this judgment as), no stop between. */
    int p = prev_tok(s, i, NULL);
    for (int n = 0; n < 5 && is_word(s, p); n++, p = prev_tok(s, p, NULL))
        if (word_is(s, p, (const char *const[]){"identified", "known", "described", "introduced", "referred", NULL}))
            return true;
    return false;
}

/* A hyphenated name, each part a capital and small letters (Bolor-Erdene,
 * Enkh-Uyanga), not an acronym's (SARS-CoV-2). */
static bool
hyphen_name(const scan *s, int i)
{
    const char *w = s->text + s->t[i].s, *end = s->text + s->t[i].e;
    bool hyphen = false, start = true;
    for (const char *c = w; c < end; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        if (is_hyphen(u)) {
            hyphen = true;
            start = true;
            continue;
        }
        if (start ? !g_unichar_isupper(u) : !g_unichar_islower(u))
            return false;
        start = false;
    }
    return hyphen;
}

/* Whether the Latin word(s) `j` (and `k`, or -1) after a naming phrase are
 * a person's name: no role, title or word the lists rule out, and one of
 * them spelt as a name (a given name of the lists, a hyphenated name, one
 * the document taught), or after "identified as" or "named", which name
 * nothing but people in a judgment. */
static bool
name_after_naming(const scan *s, int i, int j, int k)
{
    int w[] = {j, k};
    bool named = false;
    for (int n = 0; n < 2; n++) {
        if (w[n] < 0)
            continue;
        const char *f = s->t[w[n]].fold;
        if (g_utf8_get_char(s->text + s->t[w[n]].s) >= 0x400 || g_hash_table_contains(s->r->roles, f) ||
            g_hash_table_contains(s->r->keep_roles, f) || g_hash_table_contains(s->r->titles, f) || excluded(s, w[n]))
            return false;
        const char *init = NULL;
        named = named || latin_name(s, w[n]) || hyphen_name(s, w[n]) || latin_listed(s->r, f, true) ||
                learned(s, f, &init) != NULL;
    }
    /* Right after a party's masked name (Bat-Orgil, known as Big Orgil):
     * that person's other name. */
    int b = word_is(s, i, (const char *const[]){"as", NULL}) ? prev_tok(s, prev_tok(s, i, NULL), NULL)
                                                             : prev_tok(s, i, NULL);
    if (word_is(s, b, (const char *const[]){"also", NULL}))
        b = prev_tok(s, b, NULL);
    if (is_punct(s, b, ","))
        b = prev_tok(s, b, NULL);
    /* ...or a person's noun (a man known as, the victim known as). */
    bool person = is_word(s, b) && (g_hash_table_contains(s->r->roles, s->t[b].fold) ||
                                    word_is(s, b,
                                            (const char *const[]){"man", "woman", "girl", "boy", "person", "individual",
                                                                  "someone", "minor", NULL}));
    return named || person || (b >= 0 && s->t[b].mark == 'm') ||
           word_is(s, i, (const char *const[]){"named", "nicknamed", NULL}) ||
           word_is(s, prev_tok(s, i, NULL), (const char *const[]){"identified", NULL});
}

/* A name after an English naming phrase (naming_phrase): one Latin word
 * or two, a party's.  After the roles are read, so that an alias right
 * after a party's name is seen as theirs. */
static void
pass_naming(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        if (!is_word(s, i) || !naming_phrase(s, i))
            continue;
        int j = next_tok(s, i, NULL);
        if (!is_word(s, j) || !free_tok(s, j) || !s->t[j].cap || s->t[j].upper || !spaced(s, i, j) ||
            core_letters(s, j) < 3 || is_initial(s, j) || before_place(s, j))
            continue;
        int k = next_tok(s, j, NULL);
        bool two = is_word(s, k) && free_tok(s, k) && s->t[k].cap && spaced(s, j, k) && core_letters(s, k) >= 2 &&
                   !is_initial(s, k) && !before_place(s, k) && !excluded(s, k);
        if (!name_after_naming(s, i, j, two ? k : -1))
            continue;
        /* Two words are masked where written, not learned (Big Orgil:
         * "big" alone is a word). */
        mention m = {
            .first = j, .last = two ? k : j, .given = j, .initial = -1, .patronymic = -1, .party = true, .once = two};
        settle(s, &m);
        i = m.last;
    }
}

/* A name its label introduces (name_label), unquoted: one capitalised
 * word, or two of one script (хоч: Хар Гана), a party's, learned when
 * one; and the capitalised word before "хочтой", "хочит" (Туяа хочтой,
 * Туяа гэх хочтой), a nickname.  A place's name may be a nickname too. */
static void
pass_name_labels(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        int j = -1;
        if (is_word(s, i) && name_label(s, i)) {
            j = next_tok(s, i, NULL);
            /* The one before "name" in "хоч нэр" is the label's start. */
            for (int n = 0; n < 3 && (is_punct(s, j, ":-") || is_quote(s, j, true) ||
                                      word_is(s, j, (const char *const[]){"нь", "is", "was", "нэр", NULL}));
                 n++)
                j = next_tok(s, j, NULL);
        } else if (word_is(s, i, (const char *const[]){"хочтой", "хочит", "хочоор", "хочтон", NULL})) {
            j = prev_tok(s, i, NULL);
            if (word_is(s, j, (const char *const[]){"гэх", "гэдэг", "гэсэн", NULL}))
                j = prev_tok(s, j, NULL);
            /* From the first of two capitalised words (Хар Гана хочтой). */
            int b = prev_tok(s, j, NULL);
            if (is_word(s, j) && is_word(s, b) && free_tok(s, b) && s->t[b].cap && !s->t[b].upper && spaced(s, b, j) &&
                !kin_qualifier(s->t[b].fold) && !ruled_out(s, b) && !is_initial(s, b) &&
                (g_utf8_get_char(s->text + s->t[b].s) >= 0x400) == (g_utf8_get_char(s->text + s->t[j].s) >= 0x400))
                j = b;
        }
        if (!is_word(s, j) || !free_tok(s, j) || !s->t[j].cap || s->t[j].upper || core_letters(s, j) < 2 ||
            is_initial(s, j) || ruled_out(s, j) || before_place(s, j))
            continue;
        bool cyrillic = g_utf8_get_char(s->text + s->t[j].s) >= 0x400;
        mention m = {.first = j, .last = j, .given = j, .initial = -1, .patronymic = -1, .party = true};
        int k = next_tok(s, j, NULL);
        /* English writes the family name in capitals (Enkhjargal TSOGT). */
        if (is_word(s, k) && free_tok(s, k) && s->t[k].cap && (!s->t[k].upper || (!cyrillic && s->t[k].letters >= 3)) &&
            spaced(s, j, k) && core_letters(s, k) >= 2 && !is_initial(s, k) && !ruled_out(s, k) &&
            !before_place(s, k) && (g_utf8_get_char(s->text + s->t[k].s) >= 0x400) == cyrillic)
            m.last = k;
        m.once = m.first != m.last;
        settle(s, &m);
        i = m.last;
    }
}

/* The start of a chat line's label: the token after the line's opening
 * timestamp ([2025-02-14 21:05] or 21:05), or the line's first, and
 * whether a timestamp opened it; -1 when the line has none. */
static int
chat_label_start(const scan *s, int i0, bool *stamped)
{
    *stamped = false;
    int k = i0;
    if (is_punct(s, k, "[")) {
        bool num = false;
        for (int n = 0; n < 12; n++) {
            bool nl = false;
            k = next_tok(s, k, &nl);
            if (k < 0 || nl)
                return -1;
            if (s->t[k].kind == 'n')
                num = true;
            if (is_punct(s, k, "]"))
                break;
        }
        if (!is_punct(s, k, "]") || !num)
            return -1;
        *stamped = true;
        return next_tok(s, k, NULL);
    }
    if (s->t[k].kind == 'n' && is_punct(s, k + 1, ":") && k + 2 < s->n && s->t[k + 2].kind == 'n') {
        *stamped = true;
        return next_tok(s, k + 2, NULL);
    }
    return k;
}

/* The ':' that closes a speaker's label of one to four words from `k` on
 * its line (Эрдэнэ Boss:, Bayar ah:, Munkh-Od:), or -1. */
static int
chat_label_end(const scan *s, int k)
{
    for (int n = 0; n < 4 && is_word(s, k) && !is_initial(s, k); n++) {
        bool nl = false;
        int c = next_tok(s, k, &nl);
        if (c < 0 || nl)
            return -1;
        if (is_punct(s, c, ":"))
            return n == 0 && !s->t[k].cap ? -1 : c;
        k = c;
    }
    return -1;
}

/* A chat's message after its speaker's label: its first word is the
 * message's, capitalised as a sentence's first is (Сайн уу, Ээжид чинь,
 * Миний хамтрагч, Tiim ee), not a name after a label, unless the lists
 * know it as a given name or the document taught it (Od minii after
 * Munkh-Od).  A line is a chat's when a timestamp opens it, or when its
 * label, no role nor form word, opens two lines or more (Bayar ah: ...). */
static void
pass_chat_starts(scan *s)
{
    GHashTable *labels = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (int round = 0; round < 2; round++)
        for (int i0 = 0; i0 >= 0 && i0 < s->n; i0 = next_tok(s, i0, NULL)) {
            if (s->t[i0].kind == 's' && (i0 = next_tok(s, i0, NULL)) < 0)
                break;
            bool nl = false;
            int pv = prev_tok(s, i0, &nl);
            if (pv >= 0 && !nl)
                continue;
            bool stamped = false;
            int a = chat_label_start(s, i0, &stamped), c = a >= 0 ? chat_label_end(s, a) : -1;
            if (c < 0)
                continue;
            GString *key = g_string_new(NULL);
            bool plain = true;
            for (int k = a; k < c; k = next_tok(s, k, NULL)) {
                g_string_append_printf(key, "%s ", s->t[k].fold);
                plain = plain && !ruled_out(s, k) && !name_label(s, k);
            }
            if (round == 0) {
                if (plain) {
                    gpointer n = g_hash_table_lookup(labels, key->str);
                    g_hash_table_replace(labels, g_string_free(key, FALSE), GINT_TO_POINTER(GPOINTER_TO_INT(n) + 1));
                } else
                    g_string_free(key, TRUE);
                continue;
            }
            bool chat = stamped || (plain && GPOINTER_TO_INT(g_hash_table_lookup(labels, key->str)) >= 2);
            g_string_free(key, TRUE);
            nl = false;
            int w = next_tok(s, c, &nl);
            if (!chat || nl || !is_word(s, w) || !free_tok(s, w) || !s->t[w].cap || s->t[w].upper)
                continue;
            char *stem = NULL;
            bool weak = false;
            const char *init = NULL;
            bool name = listed(s, w, &stem, &weak) && !weak;
            g_free(stem);
            if (name || learned(s, s->t[w].fold, &init))
                continue;
            s->t[w].mark = 'k';
        }
    g_hash_table_destroy(labels);
}

static void
pass_initials(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        if (!free_tok(s, i))
            continue;
        int g = initial_name(s, i);
        if (g < 0 || !free_tok(s, g))
            continue;
        mention m = {.first = i, .last = g, .given = g, .initial = i, .patronymic = -1};
        extend_left(s, &m, false);
        settle(s, &m);
    }
}

static int
vowel_class(const char *w)
{
    bool back = false, front = false;
    for (const char *p = w; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        back = back || c == 0x430 || c == 0x43E || c == 0x443 || c == 0x44B || c == 0x44F || c == 0x451 ||
               c == 0x44E;                                          /* а о у ы я ё ю */
        front = front || c == 0x44D || c == 0x4E9 || c == 0x4AF || c == 0x435; /* э ө ү е */
    }
    return back && !front ? 1 : front && !back ? 2 : 0;
}

/* Whether `ending` may follow `stem` by the vowel harmony and the joins of
 * Mongolian: not a front ending on a back stem (нар + ийн is нарийн,
 * "fine", not Нар's), nor an н-ending on a consonant (нар + ны is the
 * sun's, a hidden н no name has). */
static bool
harmonious(const char *stem, const char *ending)
{
    if (*ending == '-')
        return true;
    if (!*ending)
        return true;
    int sc = vowel_class(stem), ec = vowel_class(ending);
    if ((sc == 1 && ec == 2) || (sc == 2 && ec == 1))
        return false;
    gunichar last = g_utf8_get_char(g_utf8_prev_char(stem + strlen(stem)));
    gunichar first = g_utf8_get_char(ending);
    static const gunichar vowels[] = {0x430, 0x43E, 0x443, 0x44B, 0x44F, 0x451, 0x44E, 0x44D,
                                      0x4E9, 0x4AF, 0x435, 0x438, 0x439};
    bool vowel = false;
    for (size_t i = 0; i < G_N_ELEMENTS(vowels); i++)
        vowel = vowel || last == vowels[i];
    /* и after a back stem only after ж ч ш г ь й и. */
    if (first == 0x438 && sc == 1 && !vowel && last != 0x436 && last != 0x447 && last != 0x448 && last != 0x433 &&
        last != 0x44C)
        return false;
    return !(first == 0x43D && !vowel && last != 0x43D);
}

/* Whether word i is inside quotes closed before an organisation's word:
 * "Их Хангай Майнинг" ХХК, "Алтан Гадас" караоке: a name's word there
 * names the body. */
static bool
in_named_body(const scan *s, int i)
{
    int k = i;
    for (int n = 0; n < 5 && is_word(s, k); n++)
        k = next_tok(s, k, NULL);
    /* The quote closes the name: it touches the word before it (ажиллах
     * "караоке"-ийн opens a quote of its own). */
    if (!is_quote(s, k, false) || k == 0 || s->t[k - 1].kind == 's')
        return false;
    int w = next_tok(s, k, NULL);
    return is_word(s, w) && form_in(s->r, s->t[w].fold, s->r->after_words);
}

/* A nickname of several words met again (Хар Бат нь, Хар Батыг): its
 * words in order, capitalised, the last in any of its forms. */
static void
pass_phrases(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        if (!is_word(s, i) || !free_tok(s, i) || !s->t[i].cap)
            continue;
        for (guint p = 0; p < s->l->phrases->len; p++) {
            char **words = s->l->phrases->pdata[p];
            int k = i, last = -1;
            for (int w = 0; words[w]; w++) {
                if (w > 0) {
                    int next = next_tok(s, k, NULL);
                    if (!spaced(s, k, next))
                        break;
                    k = next;
                }
                if (!is_word(s, k) || !free_tok(s, k) || !s->t[k].cap)
                    break;
                bool end = words[w + 1] == NULL;
                if (end ? !is_form_of(s->r, s->t[k].fold, words[w]) : strcmp(s->t[k].fold, words[w]) != 0)
                    break;
                if (end)
                    last = k;
            }
            if (last < 0)
                continue;
            mention m = {.first = i, .last = last, .given = i, .initial = -1, .patronymic = -1, .once = true};
            settle(s, &m);
            break;
        }
    }
}

/* Whether a Latin word spells a place the lists know (Darkhan: дархан). */
static bool
latin_place(const mk_rules *r, const char *fold)
{
    GPtrArray *cands = g_ptr_array_new_with_free_func(g_free);
    tl_cyrillic_candidates(fold, TRUE, 256, cands);
    bool place = any_stem_in(r, fold, r->places);
    for (guint i = 0; i < cands->len && !place; i++)
        place = any_stem_in(r, cands->pdata[i], r->places);
    g_ptr_array_free(cands, TRUE);
    return place;
}

/* Whether the bracket opening at `open` holds, word for word, the
 * Cyrillic spelling of the masked Latin words that end at `p` (Munkh-Od
 * Erdene (Мөнх-Од Эрдэнэ)): the same skeleton each (name_skeleton). */
static char *name_skeleton(const char *fold);
static bool
latin_spelt_before(const scan *s, int p, int open)
{
    int latin[4], n = 0;
    for (int k = p; n < 4 && is_word(s, k) && s->t[k].mark == 'm' && g_utf8_get_char(s->text + s->t[k].s) < 0x400;
         k = prev_tok(s, k, NULL))
        latin[n++] = k;
    int cyr[5], c = 0;
    for (int k = next_tok(s, open, NULL); c < 5 && is_word(s, k); k = next_tok(s, k, NULL))
        cyr[c++] = k;
    if (c == 0 || c > n || !is_punct(s, next_tok(s, cyr[c - 1], NULL), ")"))
        return false;
    for (int w = 0; w < c; w++) {
        char *a = name_skeleton(s->t[latin[c - 1 - w]].fold), *b = name_skeleton(s->t[cyr[w]].fold);
        bool same = strcmp(a, b) == 0 || s->t[cyr[w]].mark == 'm'; /* a word known already */
        g_free(a);
        g_free(b);
        if (!same)
            return false;
    }
    return true;
}

/* A name's copy in Latin capitals in brackets after it, as a passport
 * spells it (Ли Хуа (LI HUA), К.М. (KIM MIN JUN)): masked with the name. */
static void
pass_latin_copy(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        /* "(латинаар Bayasgalan Khentii)": the name spelt in Latin after
         * its Cyrillic, each word the person's, a place's name too. */
        if (word_is(s, i, (const char *const[]){"латинаар", "латин", NULL}) && i > 0 && s->t[i].mark == 0) {
            int first = next_tok(s, i, NULL), last = -1;
            if (is_punct(s, first, ":"))
                first = next_tok(s, first, NULL);
            for (int k = first, n = 0; n < 3 && is_word(s, k) && s->t[k].cap &&
                                       g_utf8_get_char(s->text + s->t[k].s) < 0x400 && (n == 0 || spaced(s, last, k));
                 k = next_tok(s, k, NULL), n++)
                last = k;
            if (last >= 0) {
                int f = first;
                while (f <= last && s->t[f].mark)
                    f = next_tok(s, f, NULL);
                int l = last;
                while (l >= f && s->t[l].mark)
                    l = prev_tok(s, l, NULL);
                if (f >= 0 && l >= f) {
                    mention m = {.first = f, .last = l, .given = f, .initial = -1, .patronymic = -1, .once = true,
                                 .party = true};
                    settle(s, &m);
                }
            }
            continue;
        }
        if (!is_punct(s, i, "("))
            continue;
        int p = prev_tok(s, i, NULL);
        /* **Оргилболдын Түмэнжаргал** (Orgilbold Tumenjargal): Markdown's
         * emphasis between. */
        for (int n = 0; n < 3 && is_punct(s, p, "*_"); n++)
            p = prev_tok(s, p, NULL);
        if (is_punct(s, p, ".") && p > 0)
            p--;
        /* Чжан багш (Zhang): the copy of the name before a kinship word. */
        if (is_word(s, p) && !s->t[p].cap && kin_word(s->r, s->t[p].fold))
            p = prev_tok(s, p, NULL);
        if (p < 0 || s->t[p].mark != 'm')
            continue;
        /* A Latin name's copy in Cyrillic (Kim Min-jun (Ким Мин Жүн)), some
         * of its words settled already: the others go too.  A word the
         * lists call a place or an everyday word goes too when the copy
         * spells the masked Latin words before it one for one (Munkh-Od
         * Erdene (Мөнх-Од Эрдэнэ): Эрдэнэ is also a soum). */
        if (g_utf8_get_char(s->text + s->t[p].s) < 0x400) {
            int k = next_tok(s, i, NULL), n = 0;
            bool copy = true, spelt = latin_spelt_before(s, p, i);
            for (; copy && k >= 0 && !is_punct(s, k, ")") && n < 4; k = next_tok(s, k, NULL), n++)
                copy = is_word(s, k) && s->t[k].cap && g_utf8_get_char(s->text + s->t[k].s) >= 0x400 &&
                       (s->t[k].mark == 'm' || (free_tok(s, k) && (spelt || !excluded(s, k))));
            if (copy && n > 0 && is_punct(s, k, ")"))
                for (int w = next_tok(s, i, NULL); w != k; w = next_tok(s, w, NULL))
                    if (free_tok(s, w)) {
                        mention m = {.first = w, .last = w, .given = w, .initial = -1, .patronymic = -1, .once = true};
                        settle(s, &m);
                    }
        }
        /* The copy in Latin letters: up to four capitalised words and
         * initials (Enerel J., Kh. Battulga, Orgilbold Tumenjargal), some
         * settled already, up to the bracket's end or a comma (Togtokhbayar
         * J., tel. …): each word not yet masked goes, unless the copy is
         * one word that names a place (Б.Сараа (Darkhan)). */
        int first = next_tok(s, i, NULL), last = -1, words = 0, names = 0;
        for (int k = first; is_word(s, k) && s->t[k].cap && s->t[k].mark != 'k' && words < 4 &&
                            g_utf8_get_char(s->text + s->t[k].s) < 0x400;
             k = next_tok(s, k, NULL)) {
            if (is_initial(s, k))
                k++; /* its full stop */
            else
                names++;
            last = k;
            words++;
        }
        if (last < 0 || names == 0 || !is_punct(s, next_tok(s, last, NULL), "),;"))
            continue;
        for (int k = first; k >= 0 && k <= last; k = next_tok(s, k, NULL)) {
            if (!is_word(s, k) || !free_tok(s, k) || is_initial(s, k) ||
                (words == 1 && (excluded(s, k) || latin_place(s->r, s->t[k].fold))))
                continue;
            mention m = {.first = k, .last = k, .given = k, .initial = -1, .patronymic = -1, .once = true};
            settle(s, &m);
        }
    }
}

/* One ASCII skeleton for a name in either script, so that a Latin spelling
 * meets the Cyrillic it stands for whatever its harmony (Tumenjargal,
 * Түмэнжаргал: tumenjargal): Cyrillic through tl_key, Latin by its usual
 * digraphs (kh, ts, ch, sh, zh, ya, yu, yo) and y as i; then the digraphs
 * either side may spell alike (тс and ц, сх and ш) made one, o and u one
 * (ө is typed u as often as o: Munkh, Monkh), and a run of i one i. */
static char *
name_skeleton(const char *fold)
{
    char *key = tl_key(fold);
    static const char *const pairs[][2] = {{"ya", "ia"}, {"yo", "io"}, {"yu", "iu"}, {"ye", "e"}, {"y", "i"},
                                           {"kh", "h"},  {"x", "h"},   {"ts", "c"},  {"ch", "q"}, {"sh", "w"},
                                           {"zh", "j"},  {"ö", "o"},   {"ü", "o"},   {"u", "o"}};
    for (size_t k = 0; k < G_N_ELEMENTS(pairs); k++) {
        if (strstr(key, pairs[k][0]) == NULL)
            continue;
        char **parts = g_strsplit(key, pairs[k][0], -1);
        g_free(key);
        key = g_strjoinv(pairs[k][1], parts);
        g_strfreev(parts);
    }
    char *o = key;
    for (const char *c = key; *c; c++)
        if (!(*c == 'i' && o > key && o[-1] == 'i'))
            *o++ = *c;
    *o = '\0';
    return key;
}

/* The skeletons of the names a document has taught (masked and fathers'),
 * made again when they grew: skeleton -> stem (the stem's key in masked or
 * fathers). */
static GHashTable *
learned_skeletons(const mk_learned *l)
{
    mk_learned *w = (mk_learned *)l; /* a cache of what l holds */
    guint size = g_hash_table_size(l->masked) + g_hash_table_size(l->fathers);
    if (w->skeletons != NULL && w->skeletons_of == size)
        return w->skeletons;
    if (w->skeletons != NULL)
        g_hash_table_destroy(w->skeletons);
    w->skeletons = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GHashTable *sets[] = {l->fathers, l->masked}; /* a masked name's wins */
    for (size_t k = 0; k < G_N_ELEMENTS(sets); k++) {
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, sets[k]);
        while (g_hash_table_iter_next(&it, &key, NULL))
            if (n_chars(key) >= 5)
                g_hash_table_replace(w->skeletons, name_skeleton(key), key);
    }
    w->skeletons_of = size;
    return w->skeletons;
}

/* `fold` (taken) with the marks of its Latin letters dropped: Mönkhtör,
 * Khürelbaatar are Munkhtur, Khurelbaatar spelt as a keyboard with
 * Mongolian's ö and ü gives them. */
static char *
latin_without_marks(char *fold)
{
    char *nfd = g_utf8_normalize(fold, -1, G_NORMALIZE_NFD);
    if (nfd == NULL)
        return fold;
    GString *out = g_string_sized_new(strlen(nfd));
    for (const char *c = nfd; *c; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        if (!g_unichar_ismark(u))
            g_string_append_unichar(out, u);
    }
    g_free(nfd);
    g_free(fold);
    return g_string_free(out, FALSE);
}

/* Whether a lower-case Latin word is Mongolian typed in Latin letters, by
 * the endings and words English does not have (khamt, bankny, avchirsan,
 * shiljuulsen, baisan, -iin, -uud): a learned name's case ending beside it
 * is a Mongolian one, not an English word's. */
static bool
latin_mongolian_word(const char *fold)
{
    static const char *const words[] = {"khamt", "hamt", "ni", "n", "bol", "ba", "bolon", "ger", "luu", "ruu",
                                        "deer", "dotor", "khamaarakh", "nar", "ene", "ter", "tuunii", "tuuniig",
                                        "tuund", "bas", "gej", "geed", "gesen", NULL};
    for (const char *const *w = words; *w; w++)
        if (strcmp(fold, *w) == 0)
            return true;
    static const char *const ends[] = {"san", "sen", "son", "sun", "jee", "laa", "lee", "loo", "gch", "iin",
                                       "aas", "ees", "uud", "aar", "eer", "dag", "deg", "dog", "j", "ch"};
    for (size_t i = 0; i < G_N_ELEMENTS(ends); i++)
        if (g_str_has_suffix(fold, ends[i]) && strlen(fold) > strlen(ends[i]) + 1)
            return true;
    return false;
}

/* The learned name a Latin word spells, in a Mongolian text (Номин-Эрдэнэ
 * then "Nomin-Erdene-г"): its Cyrillic spellings sought among the names
 * learned, in any form beside a Cyrillic word or with a Cyrillic ending.
 * Elsewhere (Enerel J., a Facebook name Tumee Orgilbold, an English
 * summary) a word of five letters or more that spells a learned name or a
 * party's father's name exactly, as English writes it without endings:
 * English text is not spelt out word by word for forms. */
static const char *
learned_latin(const scan *s, int i, const char **init)
{
    const tok *t = &s->t[i];
    if (!t->cap || g_utf8_get_char(s->text + t->s) >= 0x400 || t->letters < 4)
        return NULL;
    int p = prev_tok(s, i, NULL), n = next_tok(s, i, NULL);
    bool cyr = ending_hyphenated(s, i) ||
               (is_word(s, p) && g_utf8_get_char(s->text + s->t[p].s) >= 0x400) ||
               (is_word(s, n) && g_utf8_get_char(s->text + s->t[n].s) >= 0x400);
    if (!cyr && (t->letters < 5 || (g_hash_table_size(s->l->masked) == 0 && g_hash_table_size(s->l->fathers) == 0)))
        return NULL;
    char *core = latin_without_marks(word_core(s->r, t->fold));
    const char *found = NULL;
    for (const char *c = core; *c && !found; c++)
        if (!g_ascii_isalpha(*c) && *c != '-')
            found = "";
    if (found || !cyr) {
        char *skeleton = found ? NULL : name_skeleton(core);
        const char *stem = skeleton ? g_hash_table_lookup(learned_skeletons(s->l), skeleton) : NULL;
        /* A father's name learned from its genitive, which drops the
         * nominative's last vowel (Бат-Эрдэнийн: бат-эрдэн), spelt whole
         * in Latin (Bat-Erdene, as a file's name has it). */
        size_t len = skeleton ? strlen(skeleton) : 0;
        if (stem == NULL && len >= 6 && strchr("aeou", skeleton[len - 1]) != NULL) {
            skeleton[len - 1] = '\0';
            stem = g_hash_table_lookup(learned_skeletons(s->l), skeleton);
            if (stem != NULL && !g_hash_table_contains(s->l->fathers, stem))
                stem = NULL;
        }
        /* The genitive as Mongolian is typed in Latin letters (Orgilyn,
         * Dorjiin, Tsetsegiin, Saraagiin: -yn, -iin, -giin, one "in" in the
         * skeleton) on a name learned whole: "Orgilyn role" is his. */
        static const char *const gen[] = {"gin", "in"};
        for (size_t g = 0; stem == NULL && skeleton != NULL && g < G_N_ELEMENTS(gen); g++) {
            size_t cut = len - strlen(gen[g]);
            if (len < strlen(gen[g]) + 5 || strcmp(skeleton + cut, gen[g]) != 0)
                continue;
            char *bare = g_strndup(skeleton, cut);
            stem = g_hash_table_lookup(learned_skeletons(s->l), bare);
            g_free(bare);
        }
        /* The other cases as Mongolian is typed in Latin letters, inside
         * Latin-typed Mongolian only (a word of that script beside):
         * comitative Bayarsaikhantai, dative Bayarsaikhand, ablative
         * -aas, instrumental -aar, directional -ruu, accusative -iig, -g.
         * Each ending spelt through the skeleton as the name is. */
        static const char *const cases[] = {"tai", "tei", "toi", "aas", "ees", "oos", "gaas", "gees", "aar", "eer",
                                            "oor", "gaar", "geer", "ruu", "luu", "iig", "yg", "g", "d", "t"};
        bool latin_mongolian = is_word(s, p) && latin_mongolian_word(s->t[p].fold);
        for (int k = n, w = 0; !latin_mongolian && is_word(s, k) && w < 3; k = next_tok(s, k, NULL), w++)
            latin_mongolian = latin_mongolian_word(s->t[k].fold);
        for (size_t g = 0; stem == NULL && skeleton != NULL && latin_mongolian && g < G_N_ELEMENTS(cases); g++) {
            char *end = name_skeleton(cases[g]);
            size_t m = strlen(end);
            if (len >= m + 5 && strcmp(skeleton + len - m, end) == 0) {
                char *bare = g_strndup(skeleton, len - m);
                stem = g_hash_table_lookup(learned_skeletons(s->l), bare);
                g_free(bare);
            }
            g_free(end);
        }
        if (stem != NULL) {
            const char *value = g_hash_table_lookup(s->l->masked, stem);
            *init = value ? value : "";
        }
        g_free(skeleton);
        g_free(core);
        return stem;
    }
    /* Each part of a hyphenated name keeps its own harmony (Nomin-Erdene:
     * номин + эрдэнэ), so its parts are spelt apart and joined. */
    char **parts = g_strsplit(core, "-", 3);
    GPtrArray *cands = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cands, g_strdup(""));
    for (char **part = parts; *part && cands->len > 0; part++) {
        GPtrArray *one = g_ptr_array_new_with_free_func(g_free);
        tl_cyrillic_candidates(*part, TRUE, 64, one);
        GPtrArray *joined = g_ptr_array_new_with_free_func(g_free);
        for (guint a = 0; a < cands->len && joined->len < 512; a++)
            for (guint b = 0; b < one->len && joined->len < 512; b++)
                g_ptr_array_add(joined, g_strconcat(cands->pdata[a], part == parts ? "" : "-", one->pdata[b], NULL));
        g_ptr_array_free(one, TRUE);
        g_ptr_array_free(cands, TRUE);
        cands = joined;
    }
    for (guint k = 0; k < cands->len && !found; k++)
        found = learned(s, cands->pdata[k], init);
    g_ptr_array_free(cands, TRUE);
    g_strfreev(parts);
    g_free(core);
    return found;
}

/* English writes a Mongolian's given name, then the father's: once with
 * his initial (Enkhbold Ts.), once whole (Enkhbold Tsogoo, in a table).
 * A learned Latin name's next word, capitalised and spelt from the initial
 * the name was learned with, is that father's name and goes with it. */
static void
latin_family_after(const scan *s, mention *m)
{
    const char *init = m->learned_init;
    int k = next_tok(s, m->last, NULL);
    if (init == NULL || !*init || g_utf8_get_char(init) >= 0x400 ||
        g_utf8_get_char(s->text + s->t[m->given].s) >= 0x400 || !is_word(s, k) || !free_tok(s, k) || !s->t[k].cap ||
        s->t[k].upper || !spaced(s, m->last, k) || g_utf8_get_char(s->text + s->t[k].s) >= 0x400 ||
        core_letters(s, k) < 3 || is_initial(s, k) || excluded(s, k) || before_place(s, k))
        return;
    char *prefix = g_ascii_strdown(init, -1);
    if (g_str_has_prefix(s->t[k].fold, prefix))
        m->last = k;
    g_free(prefix);
}

/* A learned name broken over two lines with no hyphen (Тэмүү|жингийн), as a
 * manual line break in a word processor leaves it: the two pieces, joined,
 * are a form of it.  Token `i` the first piece, capitalised; the second in
 * lower case after one line break and nothing else. */
static bool
learned_split(scan *s, int i)
{
    int j = next_tok(s, i, NULL);
    if (!s->t[i].cap || !is_word(s, j) || !free_tok(s, j) || s->t[j].cap || j != i + 2 || !one_wrap(s, i + 1) ||
        !g_utf8_strchr(s->text + s->t[i + 1].s, s->t[i + 1].e - s->t[i + 1].s, '\n'))
        return false;
    char *joined = g_strconcat(s->t[i].fold, s->t[j].fold, NULL);
    const char *init = NULL;
    const char *stem = learned(s, joined, &init);
    /* Not a short name, nor an everyday word the pieces spell (Нар|ийн);
     * the second piece alone may be one (жингийн, of жин). */
    bool yes = stem != NULL && n_chars(stem) >= 5 && !everyday(s, joined);
    g_free(joined);
    if (yes) {
        mention m = {.first = i, .last = j, .given = i, .initial = -1, .patronymic = -1, .learned_init = init};
        settle(s, &m);
    }
    return yes;
}

/* Whether `fold` is a learned name with a case ending (Сарангэрэлийн,
 * Батцэцэгт of a name learned): the stem without its ending was learned.
 * The word itself may have been learned whole, where a role stood before
 * it (Шүүгдэгч Сарангэрэлийн хэлснээр). */
static bool
learned_inflected(const scan *s, const char *fold)
{
    GPtrArray *stems = name_stems(s->r, fold);
    bool yes = false;
    for (guint k = 1; !yes && k < stems->len; k++) /* [0] is the word itself */
        yes = strlen(stems->pdata[k]) < strlen(fold) && g_hash_table_contains(s->l->masked, stems->pdata[k]);
    g_ptr_array_free(stems, TRUE);
    return yes;
}

/* Whether a learned alias that is also a place's or a body's name stands
 * here for the place (known as Orkhon, then "in Orkhon", Orkhon Mining
 * LLC): English's "in" before it, no possessive after, or a capitalised
 * word after it that opens a body's name (a company's: Orkhon Mining LLC;
 * in Cyrillic only when the lists know the word as a place: Хэрлэн Трейд
 * ХХК, though Сарангэрэл Хаан банкинд is a person before a bank). */
static bool
learned_place_here(const scan *s, int i)
{
    const tok *t = &s->t[i];
    if (!t->cap || t->upper)
        return false;
    bool latin = g_utf8_get_char(s->text + t->s) < 0x400;
    int nx = next_tok(s, i, NULL), pv = prev_tok(s, i, NULL);
    bool possessive = is_punct(s, nx, "'") || g_str_has_suffix(t->fold, "'s") || g_str_has_suffix(t->fold, "’s") ||
                      (nx >= 0 && nx < s->n && s->t[nx].kind == 'p' && g_utf8_get_char(s->text + s->t[nx].s) == 0x2019);
    if (latin && !possessive && word_is(s, pv, (const char *const[]){"in", NULL}) && spaced(s, pv, i) &&
        latin_place(s->r, t->fold))
        return true;
    bool body_after = is_word(s, nx) && s->t[nx].cap && !s->t[nx].upper && spaced(s, i, nx) && before_place(s, nx);
    return body_after && (latin || a_place(s, i));
}

static void
pass_learned(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        const tok *t = &s->t[i];
        if (!is_word(s, i) || !free_tok(s, i) || t->letters < 2 || is_initial(s, i))
            continue;
        if (learned_split(s, i))
            continue;
        if (learned_place_here(s, i))
            continue;
        const char *init = NULL;
        const char *stem = learned(s, t->fold, &init);
        if (!stem && (stem = learned_latin(s, i, &init)) != NULL) {
            mention m = {.first = i, .last = i, .given = i, .initial = -1, .patronymic = -1, .learned_init = init};
            settle(s, &m);
            continue;
        }
        /* Lower case only for a long name that is no everyday word.  A
         * place word after it makes it a place or a body (Хаан банк),
         * unless the name has a case ending and is no place: Кимийн банкны
         * данс is Kim's account, Сарангэрэлийн Хаан банкны данс hers,
         * Батцэцэгт Хаан банкнаас a transfer to her (a body's name before
         * its word is bare). */
        bool inflected = stem && (strcmp(t->fold, stem) != 0 || learned_inflected(s, t->fold));
        /* ...nor when the word after is a body's name before its word
         * (Сарангэрэл Хаан банкинд данс нээлгэсэн: Хаан банк is the body). */
        int nx = next_tok(s, i, NULL);
        bool body_after = is_word(s, nx) && s->t[nx].cap && spaced(s, i, nx) && before_place(s, nx);
        /* A name the lists know as a place too (Оргил, Сэлэнгэ) is the
         * person still when its case makes it an object (Оргилыг
         * дэлгүүрийн агуулахад): only a bare or genitive word names what
         * the place word after it names. */
        bool object = inflected && object_case(t->fold);
        if (!stem || (!t->cap && (n_chars(stem) < 7 || everyday(s, t->fold))) ||
            (before_place(s, i) && !object && !(inflected && !a_place(s, i)) && !(body_after && !a_place(s, i))))
            continue;
        /* A name that is an everyday word too (Нар, Од) in its own forms
         * only: not нарийн бичгийн дарга, Нарны зам. */
        if (g_str_has_prefix(t->fold, stem) && everyday(s, stem) && !harmonious(stem, t->fold + strlen(stem)))
            continue;
        /* A body's quoted name keeps its words ("Их Хангай Майнинг" ХХК),
         * but not a party's masked name, bare, that the body is named
         * after ("Батхуяг Майнинг" ХХК, "Zolzaya Trade" LLC): it would
         * name the party, as "D.B. Crew" would unmasked. */
        if (in_named_body(s, i) && !(strcmp(t->fold, stem) == 0 && g_hash_table_contains(s->l->party, stem)))
            continue;

        mention m = {.first = i, .last = i, .given = i, .initial = -1, .patronymic = -1, .learned_init = init};
        extend_left(s, &m, true);
        latin_family_after(s, &m);
        settle(s, &m);
    }
}

/* Whether `c` (a lower-case letter) is a vowel, in either script. */
static bool
vowel_letter(gunichar c)
{
    return c != 0 && g_utf8_strchr("aeiouyаэиоуөүыеёюя", -1, c) != NULL;
}

/* Whether a short form's stem (энх, бат, жаг) begins name `stem` as
 * Mongolian shortens one: its first letters (Энхбаяр -> Энхээ, Батболд ->
 * Батаа), or them with one consonant of a cluster dropped before the
 * last (Жаргал -> Жагаа), the name at least two letters longer. */
static bool
begins_name(const char *shortened, const char *stem)
{
    glong n = g_utf8_strlen(shortened, -1);
    if (g_utf8_strlen(stem, -1) < n + 2)
        return false;
    if (g_str_has_prefix(stem, shortened))
        return true;
    const char *last = g_utf8_offset_to_pointer(shortened, n - 1);
    gsize head = (gsize)(last - shortened);
    if (strncmp(stem, shortened, head) != 0 || vowel_letter(g_utf8_get_char(last)))
        return false;
    const char *dropped = stem + head;
    const char *after = g_utf8_next_char(dropped);
    return !vowel_letter(g_utf8_get_char(dropped)) && g_str_has_prefix(after, last);
}

/* Whether token p opens what someone says: a quote, a dash or a colon. */
static bool
opens_speech(const scan *s, int p)
{
    return p >= 0 && s->t[p].kind == 'p' &&
           g_utf8_strchr("\"“«„—–-:", -1, g_utf8_get_char(s->text + s->t[p].s)) != NULL;
}

/* Whether the Latin word `fold` may spell a name or a name's part of the
 * lists (bolor: болор, tsetseg: цэцэг). */
static bool
latin_part(const mk_rules *r, const char *fold)
{
    GPtrArray *cands = g_ptr_array_new_with_free_func(g_free);
    tl_cyrillic_candidates(fold, TRUE, 256, cands);
    char *long_yu = latin_long_vowels(fold); /* oyun: оюун */
    if (long_yu != NULL)
        tl_cyrillic_candidates(long_yu, TRUE, 256, cands);
    g_free(long_yu);
    bool found = false;
    for (guint i = 0; i < cands->len && !found; i++)
        found = g_hash_table_contains(r->parts, cands->pdata[i]) || g_hash_table_contains(r->names, cands->pdata[i]);
    g_ptr_array_free(cands, TRUE);
    return found;
}

/* Whether `fold` (a case ending or "'s" after it allowed) is the first
 * part of a masked compound name, used alone as its short form
 * (Bolor of Bolortsetseg, Болорт of Болорцэцэг): both the part and the
 * rest are names or parts of the lists (in some Cyrillic spelling for a
 * Latin word), four letters and three at least. */
static bool
first_part_of_masked(const scan *s, const char *fold, bool latin)
{
    char *word = g_strdup(fold);
    if (latin && (g_str_has_suffix(word, "'s") || g_str_has_suffix(word, "’s")))
        *strrchr(word, g_str_has_suffix(word, "'s") ? '\'' : (char)0xE2) = '\0';
    GPtrArray *cands = latin ? g_ptr_array_new_with_free_func(g_free) : name_stems(s->r, word);
    if (latin)
        g_ptr_array_add(cands, g_strdup(word));
    bool yes = false;
    for (guint c = 0; c < cands->len && !yes; c++) {
        const char *part = cands->pdata[c];
        if (n_chars(part) < 4)
            continue;
        bool part_known = latin ? latin_part(s->r, part)
                                : (g_hash_table_contains(s->r->parts, part) || g_hash_table_contains(s->r->names, part));
        if (!part_known)
            continue;
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, s->l->masked);
        while (!yes && g_hash_table_iter_next(&it, &key, NULL)) {
            const char *stem = key;
            if (!g_str_has_prefix(stem, part) || (g_utf8_get_char(stem) < 0x400) != latin ||
                n_chars(stem + strlen(part)) < 3 || stem[strlen(part)] == '-')
                continue;
            const char *rest = stem + strlen(part);
            yes = latin ? latin_part(s->r, rest)
                        : (g_hash_table_contains(s->r->parts, rest) || g_hash_table_contains(s->r->names, rest));
        }
    }
    g_ptr_array_free(cands, TRUE);
    g_free(word);
    return yes;
}

/* The short, affectionate form of a name the document masked, in
 * testimony: its first syllable and a long vowel (Нарантуяа -> Нараа,
 * Батболд -> Батаа, Энхбаяр -> Энхээ, Жаргал -> Жагаа), with a name's
 * endings after (Батаагийн, Нараад).  A capitalised word so shaped whose
 * stem begins a masked name is that person.  The dictionary cannot tell
 * such a word from a reflexive ending (бат-аа, нар-аа), so it is not
 * asked whether the word is an everyday one; but a word whose long vowel
 * is its own (Одоо, Дараа, Гэрээ, Мөнгөө: the analyser's stem keeps a
 * letter of it) is no short form, unless that stem too begins the name. */
static bool
short_form_of_masked(const scan *s, int i)
{
    static const char *const longs[] = {"аа", "ээ", "оо", "өө", "уу", "үү", "яа", "aa", "ee", "oo", "uu", NULL};
    const char *fold = s->t[i].fold;
    /* In Latin letters (Enkhee, Jagaa): its skeleton against the masked
     * names' (name_skeleton), no English word (Coffee, Committee). */
    bool latin = g_utf8_get_char(fold) < 0x400;
    if (latin && s->az && az_is_english_word(s->az, fold))
        return false;
    char *own = s->az && !latin ? az_stem(s->az, fold) : NULL;
    bool yes = false;
    /* A diminutive's suffix on the name's first syllable or two
     * (Тэмүүлэн -> Тэмка, Тэмкатай; Батболд -> Батхан; Пүрэвсүрэн ->
     * Пүрэвээ is the long vowel's below; Temka in Latin), the stem
     * at least three letters with a vowel, no everyday word. */
    static const char *const dims[] = {"ка", "ваа", "вээ", "гаа", "гээ", "хан", "хэн",
                                       "хон", "хөн", "ka", "vaa", "gaa", "khan", "khon", NULL};
    for (int d = 0; dims[d] && !yes; d++) {
        for (const char *p = g_utf8_offset_to_pointer(fold, 3); *p && !yes; p = g_utf8_next_char(p)) {
            if (!g_str_has_prefix(p, dims[d]) || (g_utf8_get_char(dims[d]) < 0x400) != latin)
                continue;
            const char *tail = p + strlen(dims[d]);
            /* The short а of -ка gives way to a long ending (Тэмкаас). */
            if (!latin && strcmp(dims[d], "ка") == 0 && *tail && mk_suffix_chain(s->r, tail - strlen("а")))
                tail -= strlen("а");
            else if ((latin && *tail) || !mk_suffix_chain(s->r, tail))
                continue;
            char *stem = g_strndup(fold, (gsize)(p - fold));
            bool voweled = false;
            for (const char *c = stem; *c; c = g_utf8_next_char(c))
                voweled = voweled || vowel_letter(g_utf8_get_char(c));
            GHashTableIter it;
            gpointer key, value;
            /* The name itself is no short form of it (Darkhan, Батхан
             * learned whole): the word without its ending begins no
             * name that it shortens. */
            char *whole = g_strndup(fold, (gsize)(tail - fold));
            if (voweled && latin) {
                char *skeleton = name_skeleton(stem), *own_skeleton = name_skeleton(whole);
                g_hash_table_iter_init(&it, learned_skeletons(s->l));
                while (!yes && g_hash_table_iter_next(&it, &key, &value))
                    yes = g_hash_table_contains(s->l->masked, value) && begins_name(skeleton, key) &&
                          !g_str_has_prefix(key, own_skeleton);
                g_free(skeleton);
                g_free(own_skeleton);
            } else if (voweled && !everyday(s, fold)) {
                g_hash_table_iter_init(&it, s->l->masked);
                while (!yes && g_hash_table_iter_next(&it, &key, NULL))
                    yes = begins_name(stem, key) && !g_str_has_prefix(key, whole);
            }
            g_free(whole);
            g_free(stem);
        }
    }
    for (const char *p = g_utf8_next_char(g_utf8_next_char(fold)); *p && !yes; p = g_utf8_next_char(p)) {
        for (int k = 0; longs[k]; k++) {
            /* After the long vowel nothing, or a case's ending as a long
             * vowel takes it (Батаагийн, Батааг, Нараад, Жагаатай): not
             * a bare н (Эрээн is a town). */
            if (!g_str_has_prefix(p, longs[k]))
                continue;
            const char *tail = p + strlen(longs[k]);
            if (!mk_suffix_chain(s->r, tail) ||
                (*tail && !g_str_has_prefix(tail, "г") && !g_str_has_prefix(tail, "д") &&
                 !g_str_has_prefix(tail, "т")))
                continue;
            char *shortened = g_strndup(fold, (gsize)(p - fold));
            bool voweled = false;
            for (const char *c = shortened; *c; c = g_utf8_next_char(c))
                voweled = voweled || vowel_letter(g_utf8_get_char(c));
            bool its_own = own != NULL && strcmp(own, shortened) != 0 && strlen(own) > strlen(shortened);
            GHashTableIter it;
            gpointer key, value;
            if (latin && voweled && !*tail) {
                char *skeleton = name_skeleton(shortened);
                g_hash_table_iter_init(&it, learned_skeletons(s->l));
                while (!yes && g_hash_table_iter_next(&it, &key, &value))
                    yes = g_hash_table_contains(s->l->masked, value) && begins_name(skeleton, key);
                g_free(skeleton);
            } else if (!latin) {
                g_hash_table_iter_init(&it, s->l->masked);
                while (voweled && !yes && g_hash_table_iter_next(&it, &key, NULL))
                    yes = begins_name(shortened, key) && (!its_own || g_str_has_prefix(key, own));
            }
            g_free(shortened);
        }
    }
    g_free(own);
    /* An everyday word opening a sentence is that word (Болор аяга). */
    return yes || (first_part_of_masked(s, fold, latin) && !(everyday(s, fold) && sentence_opens(s, i)));
}

static void
pass_short_forms(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        const tok *t = &s->t[i];
        if (!is_word(s, i) || !free_tok(s, i) || !t->cap || t->upper || t->letters < 4 || t->letters > 10 ||
            is_initial(s, i) || excluded(s, i) || before_place(s, i) || in_named_body(s, i) ||
            !short_form_of_masked(s, i))
            continue;
        mention m = {.first = i, .last = i, .given = i, .initial = -1, .patronymic = -1, .party = true};
        settle(s, &m);
    }
    /* A name cut short to call its bearer in a quoted message (— Ану,
     * маргааш ир; "Тэмүү, хаана байна?" of Анужин, Тэмүүлэн): a
     * Cyrillic word of three letters or more opening what is said (after
     * a quote, a dash or a colon) and closed by a comma or "!", the start
     * of a masked name at least two letters longer, no everyday word.  A
     * cut of three letters may spell what the lists hold in capitals (Ану,
     * АНУ the country): no place then, as no message calls a country. */
    for (int i = 0; i < s->n; i++) {
        const tok *t = &s->t[i];
        int p = prev_tok(s, i, NULL), n = next_tok(s, i, NULL);
        if (!is_word(s, i) || !free_tok(s, i) || !t->cap || t->upper || t->letters < 3 ||
            g_utf8_get_char(s->text + t->s) < 0x400 || !opens_speech(s, p) || !is_punct(s, n, ",!") ||
            ruled_out(s, i) || (a_place(s, i) && t->letters > 3) || everyday(s, t->fold))
            continue;
        bool yes = false;
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, s->l->masked);
        while (!yes && g_hash_table_iter_next(&it, &key, NULL))
            yes = begins_name(t->fold, key);
        if (!yes)
            continue;
        mention m = {.first = i, .last = i, .given = i, .initial = -1, .patronymic = -1, .party = true};
        settle(s, &m);
    }
}

static void
pass_listed(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        const tok *t = &s->t[i];
        /* Not a heading's capitals (СУМ ДУНДЫН ЭРҮҮГИЙН): there a name has
         * its initial. */
        if (!is_word(s, i) || !free_tok(s, i) || !t->cap || t->upper || core_letters(s, i) < 3 || is_initial(s, i) ||
            excluded(s, i) || before_place(s, i) || in_named_body(s, i))
            continue;
        char *stem = NULL;
        bool weak = false;
        bool latin = g_utf8_get_char(s->text + t->s) < 0x400;
        /* English names a Mongolian by the given name alone (the travel of
         * Oyunchimeg to London): a long one the lists give in some Latin
         * spelling, not a place's. */
        if (latin && core_letters(s, i) >= 6 && !a_place(s, i) && latin_compound(s->r, t->fold)) {
            mention m = {.first = i, .last = i, .given = i, .initial = -1, .patronymic = -1};
            int k = next_tok(s, i, NULL); /* its father's initial after it (Munkhzaya B.) */
            if (is_initial(s, k) && free_tok(s, k) && spaced(s, i, k) && initial_name(s, k) < 0 &&
                g_utf8_get_char(s->text + s->t[k].s) < 0x400) {
                m.initial = k;
                m.last = k + 1;
            }
            settle(s, &m);
            continue;
        }
        if (!listed(s, i, &stem, &weak))
            continue;
        g_free(stem);
        if (weak && sentence_start(s, i))
            continue;
        mention m = {.first = i, .last = i, .given = i, .initial = -1, .patronymic = -1};
        /* A father's name the lists know, and the capitalised word right
         * after it: that person's given name, though the lists call it a
         * place or an everyday word (Цэвээний Туул, Доржийн Сэлэнгэ) —
         * unless a place word follows (Туул гол). */
        int j = next_tok(s, i, NULL);
        if (genitive(t->fold) && is_word(s, j) && free_tok(s, j) && s->t[j].cap && !s->t[j].upper &&
            core_letters(s, j) >= 3 && spaced(s, i, j) && !is_initial(s, j) && !ruled_out(s, j) &&
            !before_place(s, j) && g_utf8_get_char(s->text + s->t[j].s) >= 0x400) {
            m.patronymic = i;
            m.given = m.last = j;
        } else {
            extend_left(s, &m, true);
        }
        settle(s, &m);
    }
}

/*   bracket  a lone initial and, in brackets right after it, the name it
 *            stands for: "two girls, N. (Nomin-Erdene Dorjsuren, aged
 *            14)", "Ч. (Zhang Wei)".  A decision shortens a party's name
 *            so; the one to three capitalised words in the brackets are
 *            that party's, whatever the lists say. */
/* The cipher a decision gives a party at token `i`: a capital or two in
 * quotes ("A", «Б», "XY"), or one capital after a party's role (Victim
 * A, хохирогч Б), no stop after it; the quoted one after a verb of naming
 * or a party's role a few words before (whom we shall call "A", хохирогч
 * «Б», not Article "A").  Returns its last token, or -1. */
static int
cipher_end(const scan *s, int i)
{
    if (is_quote(s, i, true)) {
        int w = next_tok(s, i, NULL), q = next_tok(s, w, NULL);
        if (!(w == i + 1 && q == w + 1 && is_word(s, w) && s->t[w].cap && s->t[w].letters <= 2 &&
              (s->t[w].letters == 1 || s->t[w].upper) && is_quote(s, q, false)))
            return -1;
        static const char *const naming[] = {"call",       "called", "calls",  "referred",   "refer",      "designated",
                                             "identified", "known",  "termed", "anonymised", "anonymized", NULL};
        int p = prev_tok(s, i, NULL);
        for (int n = 0; n < 6 && p >= 0 && !is_punct(s, p, ".;"); n++, p = prev_tok(s, p, NULL))
            if (is_word(s, p) && (word_is(s, p, naming) || g_str_has_prefix(s->t[p].fold, "нэрлэ") ||
                                  g_hash_table_contains(s->r->roles, s->t[p].fold)))
                return q;
        return -1;
    }
    if (!is_word(s, i) || !s->t[i].cap || s->t[i].letters != 1 || is_punct(s, i + 1, "."))
        return -1;
    int r = prev_tok(s, i, NULL);
    return is_word(s, r) && g_hash_table_contains(s->r->roles, s->t[r].fold) ? i : -1;
}

static void
pass_bracketed(scan *s)
{
    for (int i = 0; i + 1 < s->n; i++) {
        /* A name masked already (Чжан Вэй (Zhang Wei, 伟)): its copy in
         * Latin letters, two words or three, is the same person's. */
        bool masked = is_word(s, i) && s->t[i].mark == 'm' && (i + 1 >= s->n || s->t[i + 1].mark != 'm');
        int cipher = masked ? -1 : cipher_end(s, i);
        if (!masked && cipher < 0 && (!is_initial(s, i) || !free_tok(s, i)))
            continue;
        int stop = masked ? i : cipher >= 0 ? cipher : i + 1, next = next_tok(s, stop, NULL);
        /* Not an initial of a name it opens (Б.Батбаяр (1990 …)). */
        if ((!masked && cipher < 0 && initial_name(s, i) >= 0) || !is_punct(s, next, "("))
            continue;
        int k = next_tok(s, next, NULL), last = -1;
        if (masked && (!is_word(s, k) || g_utf8_get_char(s->text + s->t[k].s) >= 0x400))
            continue;
        for (int n = 0; n < 3 && is_word(s, k) && free_tok(s, k) && s->t[k].cap && core_letters(s, k) >= 2 &&
                        !is_initial(s, k) && !excluded(s, k) && !before_place(s, k);
             n++) {
            last = k;
            int after = next_tok(s, k, NULL);
            if (!spaced(s, k, after))
                break;
            k = after;
        }
        int first = next_tok(s, next, NULL);
        /* After a masked name, a full name of two words or three (a lone
         * word there may be a place: Б.Сараа (Darkhan)). */
        if (last < 0 || (masked && last == first))
            continue;
        mention m = {.first = first,
                     .last = last,
                     .given = first,
                     .initial = -1,
                     .patronymic = -1,
                     .party = role_before(s, i) != 'k'};
        /* A cipher's name the document gave already keeps its initials
         * (Victim A (Nomin): E.N. as elsewhere). */
        const char *known = NULL;
        if (cipher >= 0 && learned(s, s->t[first].fold, &known) != NULL && known && *known)
            m.learned_init = known;
        /* ...and the name in its own script after a comma (Zhang Wei,
         * 张伟), Chinese, Japanese or Korean, goes with it: its own first
         * character would be no initial but the family's name. */
        int comma = next_tok(s, last, NULL), own = next_tok(s, comma, NULL);
        if (is_punct(s, comma, ",") && is_word(s, own) && free_tok(s, own)) {
            GUnicodeScript script = g_unichar_get_script(g_utf8_get_char(s->text + s->t[own].s));
            if (script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HANGUL ||
                script == G_UNICODE_SCRIPT_HIRAGANA || script == G_UNICODE_SCRIPT_KATAKANA)
                m.last = last = own;
        }
        settle(s, &m);
        i = last;
    }
}

/* Whether token `k` is an age: a number of one or two digits. */
static bool
age_number(const scan *s, int k)
{
    return k >= 0 && k < s->n && s->t[k].kind == 'n' && s->t[k].e - s->t[k].s <= 2 && s->text[s->t[k].s] != '0';
}

/* Whether a person's age follows word `j` (past its closing quote): "Name
 * (15)", "(Name, 15, … soum)", "Name, aged 13,", "Name, 14 настай",
 * "Name 14 настай", a research text's and a report's way of naming a child
 * with no role word before.  The age must close there (a comma, a bracket,
 * a stop, or a word of age after it): "Today, 15 children" is a count. */
static bool
age_follows(const scan *s, int j)
{
    static const char *const aged[] = {"aged", "age", "нас", NULL};
    static const char *const years[] = {"настай", "настай,", "насны", "нас", "насандаа", "years", "year",
                                        "yrs",    "y.o",     "year-old", "years-old", NULL};
    int k = next_tok(s, j, NULL);
    if (is_quote(s, k, false) && k == j + 1)
        k = next_tok(s, k, NULL);
    bool bracket = is_punct(s, k, "(");
    if (!bracket && !is_punct(s, k, ",")) /* Name 14 настай */
        return age_number(s, k) && word_is(s, next_tok(s, k, NULL), years);
    k = next_tok(s, k, NULL);
    if (word_is(s, k, aged))
        k = next_tok(s, k, NULL);
    if (!age_number(s, k))
        return false;
    int a = next_tok(s, k, NULL);
    if (word_is(s, a, years))
        return true;
    return bracket ? is_punct(s, a, ")") : (a < 0 || is_punct(s, a, ",);."));
}

/* The research label before word `j`, as a study or a report numbers the
 * people it heard: "Respondent 7 (", "Participant 9:", "Interviewee 4 -",
 * "Survivor \"", "Оролцогч №4 (", "the boys " (mask.ini research-roles, or a
 * party's role, with a number between or none); its token, or -1. */
static int
research_label(const scan *s, int j)
{
    int p = prev_tok(s, j, NULL);
    if (is_quote(s, p, true) && p == j - 1)
        p = prev_tok(s, p, NULL);
    bool mark = is_punct(s, p, "(:,-");
    if (mark)
        p = prev_tok(s, p, NULL);
    bool numbered = p >= 0 && s->t[p].kind == 'n';
    if (numbered)
        p = prev_tok(s, p, NULL);
    /* ...its number's sign before it: No. 2, №5, #3. */
    if (numbered && is_punct(s, p, ".") && word_is(s, prev_tok(s, p, NULL), (const char *const[]){"no", NULL}))
        p = prev_tok(s, prev_tok(s, p, NULL), NULL);
    else if (numbered && word_is(s, p, (const char *const[]){"no", "nr", NULL}))
        p = prev_tok(s, p, NULL);
    else if (numbered && (is_punct(s, p, "#") || (p >= 0 && s->t[p].kind == 'p' &&
                                                  g_utf8_get_char(s->text + s->t[p].s) == 0x2116)))
        p = prev_tok(s, p, NULL);
    if (!is_word(s, p) || !(g_hash_table_contains(s->r->research_roles, s->t[p].fold) ||
                            (numbered && g_hash_table_contains(s->r->roles, s->t[p].fold))))
        return -1;
    /* "Participant 9: Khulan", "Оролцогч 4 (Тэргэл", "Survivor \"Nomin\"",
     * "the boys Temuulen": a mark or nothing between, not "boys, The …". */
    return p;
}

/* A given name with no role word before it, known by what a study or a
 * report writes beside it: an age (Name (15), Name, 15,), or a research
 * label before (Respondent 7 (Name, …), Participant 9: Name).  A Latin
 * word must be no English one (Article (5), Table, 12); a Cyrillic word of
 * the dictionary (Тэргэл, Номин are words too) only inside a person's
 * bracket or after a label, not at a sentence's start (Өнөөдөр, 14 настай
 * хүүхэд ...).  Learned, so the name is masked in the whole document, its
 * title too. */
static void
pass_aged(scan *s)
{
    for (int j = 0; j < s->n; j++) {
        const tok *t = &s->t[j];
        if (!is_word(s, j) || !free_tok(s, j) || !t->cap || t->upper || core_letters(s, j) < 3 || is_initial(s, j) ||
            ruled_out(s, j) || before_place(s, j) || g_hash_table_contains(s->r->titles, t->fold) ||
            g_hash_table_contains(s->r->research_roles, t->fold))
            continue;
        gunichar c = g_utf8_get_char(s->text + t->s);
        bool latin = c < 0x250;
        if (!latin && (c < 0x400 || c > 0x4ff))
            continue;
        int label = research_label(s, j);
        bool age = age_follows(s, j);
        if (label < 0 && !age)
            continue;
        /* A word a label's mark or a bracket opens: a person's bracket. */
        int p = prev_tok(s, j, NULL);
        if (is_quote(s, p, true))
            p = prev_tok(s, p, NULL);
        bool bracketed = is_punct(s, p, "(");
        /* A place's name stays one (Khanbogd, 15 km) unless the lists know
         * it as a given name too (Nomin, Номин). */
        char *stem = NULL;
        bool weak = false, known = latin ? latin_listed(s->r, t->fold, false) : listed(s, j, &stem, &weak);
        g_free(stem);
        if (latin) {
            if (s->az == NULL || az_is_english_word(s->az, t->fold) || (!known && latin_place(s->r, t->fold)))
                continue;
        } else if ((a_place(s, j) && !known) ||
                   (everyday(s, t->fold) && !known && !((label >= 0 && age) || (bracketed && age)))) {
            continue;
        }
        mention m = {.first = j, .last = j, .given = j, .initial = -1, .patronymic = -1, .party = true};
        settle(s, &m);
    }
}

/* Whether a word is shaped as a short, affectionate form of a name: a
 * long vowel or -ий at its end (Мишээ, Гаагий, Zorigoo, Jargaa), the way
 * Mongolian shortens a name (Мишээл, Ганбаатар, Зоригт, Энхжаргал). */
static bool
nickname_shaped(const char *fold)
{
    static const char *const ends[] = {"аа", "ээ", "оо", "өө", "уу", "үү", "ий", "aa", "ee", "oo", "uu", "ii", "ka", "ка"};
    return n_chars(fold) >= 4 && ends_in(fold, ends, G_N_ELEMENTS(ends));
}

/* One item of the aliases after a masked name, from token `k`: 1 when it
 * is written as a name is (capitalised words and initials, in quotes or
 * not; `names` gets its words that no other rule settled), with *end the
 * ",", ";", "/" or ")" that ends it, or (`loose`, no brackets around) the
 * first token after it; 0 when it is something else (РД: …, 10 нас, aged
 * 29), which ends the aliases. */
static int
alias_item(const scan *s, int k, bool loose, GArray *names, int *end, bool *quoted)
{
    *quoted = false;
    int words = 0;
    for (int n = 0; n < 12 && k >= 0 && k < s->n; n++, k = next_tok(s, k, NULL)) {
        if (is_punct(s, k, ",;/)")) {
            *end = k;
            return words > 0;
        }
        if (is_quote(s, k, true) || is_quote(s, k, false)) {
            *quoted = true;
            continue;
        }
        if (is_punct(s, k, ".") && k > 0 && is_word(s, k - 1))
            continue;
        if (loose && words > 0 && (!is_word(s, k) || !s->t[k].cap)) {
            *end = k;
            return 1;
        }
        if (!is_word(s, k) || !s->t[k].cap)
            return 0;
        words++;
        if (is_initial(s, k) || (s->t[k].letters <= 2 && is_punct(s, k + 1, ".")))
            continue;
        if (s->t[k].upper || excluded(s, k) || before_place(s, k) || core_letters(s, k) < 3)
            return 0;
        if (free_tok(s, k))
            g_array_append_val(names, k);
    }
    return 0;
}

/* A party's other names right after their masked name: in brackets or
 * slashes (Д.Хүрэлбаатар (Kh., D. Kh., Khürelbaatar), Цэндийн Ганбаатар
 * (Гаагий), Гантөмөрийн Оргил /Оогий/, Batbold S. ("Bobo"), Nomin Ganbat
 * (also written Nomin Ganbaa)), one item after another until one that is
 * no name (РД: …); or after буюу, or, known as (Ууганбаяр буюу Уугаа,
 * Ganbold Tseren, known as Gaanaa).  Initials, Latin copies, spellings and
 * nicknames.  A word no list or shape vouches for (a lone "(Darkhan)", a
 * company's "(Golden Lotus)") stays, unless quoted or among several name
 * items. */
static void
pass_aliases(scan *s)
{
    static const char *const lead[] = {"also", "written", "spelt", "spelled", "known", "as", "aka", "alias", "or",
                                       "nicknamed", "буюу", "эсвэл", "хоч", "хочтой", "нэр", "нь", NULL};
    static const char *const loose_lead[] = {"буюу", "эсвэл", "or", "alias", "aka", "nicknamed", "as", NULL};
    for (int i = 0; i < s->n; i++) {
        if (!is_word(s, i) || s->t[i].mark != 'm')
            continue;
        int open = next_tok(s, i, NULL);
        while (is_punct(s, open, "*_") || (is_punct(s, open, ".") && open == i + 1))
            open = next_tok(s, open, NULL);
        if (is_punct(s, open, ",") && word_is(s, next_tok(s, open, NULL), (const char *const[]){"known", "also", NULL}))
            open = next_tok(s, open, NULL);
        bool bracket = is_punct(s, open, "(/");
        bool slash = is_punct(s, open, "/");
        int k = bracket ? next_tok(s, open, NULL) : open;
        int leads = 0;
        bool loose_ok = false;
        /* a.k.a. (its letters and stops are tokens) */
        if (word_is(s, k, (const char *const[]){"a", NULL}) && k + 5 < s->n && is_punct(s, k + 1, ".") &&
            word_is(s, k + 2, (const char *const[]){"k", NULL}) && is_punct(s, k + 3, ".") &&
            word_is(s, k + 4, (const char *const[]){"a", NULL}) && is_punct(s, k + 5, ".")) {
            k = next_tok(s, k + 5, NULL);
            loose_ok = true;
        }
        for (; leads < 4 && is_word(s, k) && !s->t[k].cap && word_is(s, k, lead); leads++) {
            /* "as" leads in only after known (known as), not "such as". */
            loose_ok = loose_ok || (word_is(s, k, loose_lead) && strcmp(s->t[k].fold, "as") != 0) ||
                       (strcmp(s->t[k].fold, "as") == 0 && leads > 0);
            k = next_tok(s, k, NULL);
        }
        if (!bracket && !loose_ok)
            continue;
        GArray *names = g_array_new(FALSE, FALSE, sizeof(int));
        int items = 0, end = -1;
        bool any_quoted = false;
        for (;;) {
            bool quoted = false;
            guint had = names->len;
            if (!alias_item(s, k, !bracket, names, &end, &quoted)) {
                g_array_set_size(names, had);
                break;
            }
            items++;
            any_quoted = any_quoted || quoted;
            if (!bracket || is_punct(s, end, ")") || (slash && is_punct(s, end, "/")))
                break;
            k = next_tok(s, end, NULL);
        }
        for (guint a = 0; a < names->len; a++) {
            int w = g_array_index(names, int, a);
            char *stem = NULL;
            bool weak = false;
            bool vouched = any_quoted || (bracket && items > 1) || nickname_shaped(s->t[w].fold) ||
                           listed(s, w, &stem, &weak) || latin_name(s, w);
            g_free(stem);
            if (!vouched || !free_tok(s, w))
                continue;
            mention m = {.first = w, .last = w, .given = w, .initial = -1, .patronymic = -1, .party = true};
            settle(s, &m);
        }
        g_array_free(names, TRUE);
    }
}

/* Whether a word holds a letter Kazakh writes and Mongolian does not (ә ғ
 * қ ң ұ һ і): inside a Mongolian text it spells a Kazakh name. */
static bool
kazakh_letters(const scan *s, int i)
{
    static const gunichar only_kazakh[] = {0x4D9, 0x493, 0x49B, 0x4A3, 0x4B1, 0x4BB, 0x456};
    for (const char *c = s->t[i].fold; *c; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        for (size_t k = 0; k < G_N_ELEMENTS(only_kazakh); k++)
            if (u == only_kazakh[k])
                return true;
    }
    return false;
}

/*   kazakh   a capitalised word in Kazakh letters (Дәулетті, Ержанұлы
 *            Серікбол): a Mongolian decision writes a Kazakh party's
 *            name so in any case, with Kazakh endings (-ті, -тің) the
 *            lists and the learned forms do not know; a patronymic in
 *            -ұлы, -қызы before a name goes with it, as does a name after
 *            such a patronymic though its own letters are Mongolian ones.
 *            Not a heading's capitals, nor before a place word. */
static void
pass_kazakh(scan *s)
{
    for (int i = 0; i < s->n; i++) {
        const tok *t = &s->t[i];
        if (!is_word(s, i) || !free_tok(s, i) || !t->cap || t->upper || t->letters < 3 || !kazakh_letters(s, i) ||
            excluded(s, i) || before_place(s, i) || in_named_body(s, i))
            continue;
        mention m = {.first = i, .last = i, .given = i, .initial = -1, .patronymic = -1};
        int j = next_tok(s, i, NULL);
        if (genitive(t->fold) && is_word(s, j) && free_tok(s, j) && s->t[j].cap && !s->t[j].upper &&
            s->t[j].letters >= 3 && spaced(s, i, j) && !before_place(s, j) && !ruled_out(s, j)) {
            m.last = m.given = j;
            m.patronymic = i;
        } else {
            extend_left(s, &m, true);
        }
        settle(s, &m);
    }
}

/* Whether token i is written in Chinese characters or Hangul. */
static bool
han_or_hangul(const scan *s, int i)
{
    gunichar c = g_utf8_get_char(s->text + s->t[i].s);
    return is_word(s, i) && ((c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF));
}

/* A masked name's copy in its own script, in brackets right after it
 * (Чжан Вэй (张伟), Ким Мин Жүн (김민준)): the same person's, masked as the
 * name before it was, or the characters would name whom the initials
 * hide. */
static void
pass_native_script(scan *s)
{
    for (int i = 0; i + 2 < s->n; i++) {
        if (!is_punct(s, i, "(") || !han_or_hangul(s, i + 1) || !is_punct(s, next_tok(s, i + 1, NULL), ")") ||
            s->t[i + 1].mark)
            continue;
        int p = prev_tok(s, i, NULL);
        if (p < 0 || s->t[p].mark != 'm')
            continue;
        s->t[i + 1].mark = 'm';
        if (s->spans == NULL)
            continue;
        const char *rep = NULL;
        for (guint k = s->spans->len; k-- > 0 && rep == NULL;) {
            const ix_mask_span *prev = s->spans->pdata[k];
            if (prev->end == s->t[p].e)
                rep = prev->replacement;
        }
        ix_mask_span *sp = g_new0(ix_mask_span, 1);
        sp->start = s->t[i + 1].s;
        sp->end = s->t[i + 1].e;
        sp->kind = IX_MASK_NAME;
        sp->replacement = g_strdup(rep != NULL ? rep : "*");
        g_ptr_array_add(s->spans, sp);
    }
}

void
mk_find_names(const mk_rules *r, mk_learned *l, az_analyzer *az, const char *text, bool learn, GPtrArray *spans)
{
    if (text == NULL || *text == '\0')
        return;
    GArray *toks = tokenize(text);
    scan s = {.r = r,
              .l = l,
              .az = az,
              .text = text,
              .t = (tok *)toks->data,
              .n = (int)toks->len,
              .learn = learn,
              .spans = spans};
    pass_chat_starts(&s);
    pass_clans(&s);
    pass_titles(&s);
    pass_nicknames(&s);
    pass_in_name_of(&s);
    pass_name_labels(&s);
    pass_roles(&s);
    pass_enumerated(&s);
    pass_east_asian_cyrillic(&s);
    pass_latin_pairs(&s);
    pass_family_hyphenated(&s);
    pass_foreign_latin(&s);
    pass_table_roles(&s);
    pass_name_columns(&s);
    pass_latin_initialled(&s);
    pass_called(&s);
    pass_apposition(&s);
    pass_naming(&s);
    pass_initials(&s);
    pass_kin(&s);
    pass_possessive_kin(&s);
    pass_plural(&s);
    pass_aged(&s);
    pass_coordinated(&s);
    pass_kazakh(&s);
    pass_bracketed(&s);
    if (!learn) {
        pass_phrases(&s);
        pass_learned(&s);
        pass_short_forms(&s);
    }
    pass_listed(&s);
    pass_coordinated(&s); /* again, beside the names the learned ones settled */
    pass_nicknames(&s); /* again, for the brackets after a name now settled */
    pass_aliases(&s);
    pass_latin_copy(&s);
    pass_native_script(&s);
    for (int i = 0; i < s.n; i++)
        g_free(s.t[i].fold);
    g_array_free(toks, TRUE);
}

/* ---- Names in a file's name ---- */

void
mk_find_latin_names(const mk_rules *r, const mk_learned *l, const char *text, GPtrArray *spans)
{
    /* Each word of four letters or more: its bytes, whether it spells a
     * name learned, whether a place's name too. */
    typedef struct {
        int start, end;
        bool name, place;
    } fword;
    GArray *words = g_array_new(FALSE, FALSE, sizeof(fword));
    GPtrArray *cands = g_ptr_array_new_with_free_func(g_free);
    for (const char *p = text; *p;) {
        if (!g_ascii_isalpha(*p)) {
            p++;
            continue;
        }
        const char *start = p;
        while (g_ascii_isalpha(*p))
            p++;
        if (p - start < 4)
            continue;
        char *fold = g_ascii_strdown(start, p - start);
        const char *init = NULL;
        /* A name learned from English text as it is spelt; a Mongolian
         * one through the Cyrillic it may stand for. */
        g_ptr_array_set_size(cands, 0);
        tl_cyrillic_candidates(fold, TRUE, 512, cands);
        bool place = any_stem_in(r, fold, r->places);
        for (guint i = 0; i < cands->len && !place; i++)
            place = any_stem_in(r, cands->pdata[i], r->places);
        if (learned_in(r, l, fold, &init) == NULL)
            for (guint i = 0; i < cands->len && learned_in(r, l, cands->pdata[i], &init) == NULL; i++)
                ;
        fword w = {(int)(start - text), (int)(p - text), init != NULL, place};
        g_array_append_val(words, w);
        g_free(fold);
    }
    /* A place's name a person shares stays when it stands for the place
     * (orkhon_13_1.xml is the province's court, though a victim is
     * Орхон), but not beside another name the text masked: names come
     * together in a file's name (2025_Yesui_Dorjpalam_Khangai.docx names
     * the defendant Хангай after the child and her father). */
    for (guint i = 0; i < words->len; i++) {
        fword *w = &g_array_index(words, fword, i);
        if (!w->name)
            continue;
        if (w->place) {
            bool beside = false;
            for (guint k = i > 0 ? i - 1 : 0; k <= i + 1 && k < words->len; k++)
                if (k != i && g_array_index(words, fword, k).name && !g_array_index(words, fword, k).place)
                    beside = true;
            if (!beside)
                continue;
        }
        ix_mask_span *sp = g_new0(ix_mask_span, 1);
        sp->start = w->start;
        sp->end = w->end;
        sp->kind = IX_MASK_NAME;
        sp->replacement = g_strdup_printf("%c", g_ascii_toupper(text[w->start]));
        g_ptr_array_add(spans, sp);
    }
    g_array_free(words, TRUE);
    g_ptr_array_free(cands, TRUE);
}

/* ---- What a document teaches ---- */

mk_learned *
mk_learned_new(void)
{
    mk_learned *l = g_new0(mk_learned, 1);
    l->masked = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    l->kept = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    l->kept_stems = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    l->party = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    l->phrases = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
    l->fathers = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    return l;
}

void
mk_learned_free(mk_learned *l)
{
    if (!l)
        return;
    g_hash_table_destroy(l->masked);
    g_hash_table_destroy(l->kept);
    g_hash_table_destroy(l->kept_stems);
    g_hash_table_destroy(l->party);
    g_ptr_array_free(l->phrases, TRUE);
    g_hash_table_destroy(l->fathers);
    if (l->skeletons)
        g_hash_table_destroy(l->skeletons);
    g_free(l);
}

void
mk_learn_official(const mk_rules *r, mk_learned *l, const char *name)
{
    if (!name || !*name)
        return;
    GArray *toks = tokenize(name);
    scan s = {.r = r, .l = l, .text = name, .t = (tok *)toks->data, .n = (int)toks->len};
    for (int i = 0; i < s.n; i++) {
        int g = initial_name(&s, i);
        const char *init = "";
        char *init_fold = NULL;
        if (g >= 0) {
            init_fold = g_strdup(s.t[i].fold);
            init = init_fold;
        } else if (is_word(&s, i) && s.t[i].letters >= 2 && !is_initial(&s, i)) {
            g = i;
        } else {
            continue;
        }
        GPtrArray *stems = name_stems(r, s.t[g].fold);
        for (guint k = 0; k < stems->len; k++) {
            if (*init)
                g_hash_table_add(l->kept, g_strconcat(init, ".", stems->pdata[k], NULL));
            g_hash_table_add(l->kept_stems, g_strdup(stems->pdata[k]));
        }
        g_ptr_array_free(stems, TRUE);
        g_free(init_fold);
        i = g;
    }
    for (int i = 0; i < s.n; i++)
        g_free(s.t[i].fold);
    g_array_free(toks, TRUE);
}

bool
mk_plain_word(const mk_rules *r, az_analyzer *az, const char *fold)
{
    char *core = word_core(r, fold);
    bool latin = g_utf8_get_char(core) < 0x400;
    /* A name of the lists is a name, though it is an everyday word too
     * (Сарнай, Bold): with no role before it nothing tells them apart. */
    bool name = any_stem_in(r, core, r->names) || any_stem_in(r, core, r->weak_names) ||
                (!latin && n_chars(core) >= 4 && compound(r, core, 0)) || (latin && latin_listed(r, core, true));
    bool plain = !name && (any_stem_in(r, core, r->places) || any_stem_in(r, core, r->not_names) ||
                           any_stem_in(r, core, r->roles) || any_stem_in(r, core, r->keep_roles) ||
                           form_in(r, core, r->after_words) || az_is_everyday_word(az, core) ||
                           az_is_english_word(az, core));
    g_free(core);
    return plain;
}
