/* analysis.c — tokens, case folding, language detection and stemming.
 *
 * The same functions run when a unit is indexed and when a query is parsed,
 * so a word always reaches the same terms on both sides.  The analyzer is
 * shared between threads: hunspell and the stem cache sit behind a mutex.
 *
 * Not for: normalising raw text (normalise.c), the Mongolian suffix rules
 * (mnstem.c), building queries (query.c).
 */
#include "core/analysis.h"
#include "core/cfgfile.h"
#include "core/dictmemo.h"
#include "core/glossary.h"
#include "core/mnstem.h"
#include "core/spellgate.h"
#include "core/translit.h"
#include "shim/zx.h"

#include <elf.h>
#include <hunspell/hunspell.h>
#include <link.h>
#include <locale.h>
#include <malloc.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define HUNSPELL_AFF     "/usr/share/hunspell/mn_MN.aff"
#define HUNSPELL_DIC     "/usr/share/hunspell/mn_MN.dic"
/* hunspell-en-us: which Latin words are English (az_is_english_word). */
#define ENGLISH_AFF      "/usr/share/hunspell/en_US.aff"
#define ENGLISH_DIC      "/usr/share/hunspell/en_US.dic"
#define STEM_CACHE_MAX   200000
/* Latin-typed words try at most this many Cyrillic spellings each. */
#define LATIN_CANDIDATES 400
#define LATIN_KEYS_MAX   6
/* …and remember at most this many of the dictionary words behind them. */
#define LATIN_WORDS_MAX  12

/* What the cache holds for one folded word. */
typedef struct word_entry {
    char *stem;
    char *key; /* tl_key of the stem, Cyrillic words only; else NULL */
    /* A Cyrillic word the dictionary or the lists know: 1, 0, or -1 until
     * asked (only indexing asks; a spell check is as dear as a stem). */
    signed char known;
} word_entry;

struct az_analyzer {
    GMutex *lock;        /* guards everything below: own_lock, or the owner's for a sibling */
    GMutex own_lock;
    az_analyzer *owner;  /* a sibling's: whose dictionary, lists and glossary it shares; NULL: its own */
    /* hunspell-mn, the owner's (mn_dict): NULL when not installed, or not
     * yet loaded by a remembering analyzer, which loads it when its memo
     * lacks a word (dict_tried then set). */
    Hunhandle *hunspell;
    bool dict_tried;
    bool dict_installed; /* both of hunspell-mn's files are there */
    dm_memo *memo;       /* the owner's, of a remembering analyzer; else NULL */
    /* hunspell-en-us, loaded when first asked (only a query's Latin words
     * are), by the owner for its siblings too; NULL when not installed. */
    Hunhandle *english_dict;
    bool english_tried;
    zx_stemmer *english;
    GHashTable *cache;           /* folded word -> word_entry */
    GHashTable *latin;           /* folded Latin word -> its keys and words (latin_readings) */
    signed char gate;            /* spellgate.h's table fits the dictionary: 1, 0, or -1 until asked */
    GHashTable *stopwords;       /* folded word -> itself */
    GHashTable *lemmas;          /* folded form -> lemma: exceptions to both stemmers */
    GHashTable *protected_terms; /* legal terms no stemmer may cut into */
    gl_glossary *glossary;       /* EN <-> MN; immutable once loaded */
    guint cache_max;             /* words `cache` holds before it starts again */
};

static void
word_entry_free(word_entry *e)
{
    g_free(e->stem);
    g_free(e->key);
    g_free(e);
}

static bool
is_cyrillic(gunichar c)
{
    return c >= 0x0400 && c <= 0x052F;
}

/* The tokeniser runs over every unit's text at indexing and at every
 * snippet, so the two commonest cases (ASCII, the basic Cyrillic letters
 * U+0400..U+0481) skip GLib's table lookups; the answers are the same. */
static inline bool
is_token_char(gunichar c)
{
    if (c < 0x80)
        return g_ascii_isalnum(c);
    if (c >= 0x0400 && c <= 0x0481)
        return true;
    return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

static inline bool
is_letter(gunichar c)
{
    return c < 0x80 ? g_ascii_isalpha(c) : g_unichar_isalpha(c);
}

/* The character at p; ASCII without a call. */
static inline gunichar
char_at(const char *p)
{
    return (guchar)*p < 0x80 ? (gunichar)(guchar)*p : g_utf8_get_char(p);
}

/* Every analysed word is folded.  For ASCII and Cyrillic (U+0000..U+052F)
 * full case folding is plain lower-casing, checked for every code point
 * in tests/unit/test_analysis.c, so such words skip g_utf8_casefold's
 * search of its special-case table. */
char *
az_fold(const char *word, gssize len)
{
    if (len < 0)
        len = strlen(word);
    const char *end = word + len;
    for (const char *p = word; p < end; p = g_utf8_next_char(p)) {
        gunichar c = char_at(p);
        if (c >= 0x80 && !is_cyrillic(c))
            return g_utf8_casefold(word, len);
    }
    /* Lower-casing keeps ASCII in one byte and U+0400..U+052F in that
     * range, two bytes: the folded word is never longer than the word.
     * Written in place, as this runs for every word of every unit. */
    char *out = g_malloc(len + 1), *o = out;
    for (const char *p = word; p < end && *p; p = g_utf8_next_char(p)) {
        gunichar c = char_at(p);
        if (c < 0x80)
            *o++ = g_ascii_tolower((char)c);
        else
            o += g_unichar_to_utf8(g_unichar_tolower(c), o);
    }
    *o = '\0';
    return out;
}

void
az_tokenise(const char *text, gssize len, az_token_fn fn, void *user)
{
    if (len < 0)
        len = strlen(text);
    const char *end = text + len;
    const char *p = text;
    unsigned pos = 0;
    while (p < end) {
        gunichar c = char_at(p);
        if (!is_token_char(c)) {
            p = g_utf8_next_char(p);
            continue;
        }
        const char *start = p;
        bool digit_first = g_unichar_isdigit(c);
        bool cyr = false, latin = false;
        int ascii_letters = 0; /* the token's Latin letters so far */
        bool only_ascii = true;  /* and nothing else yet */
        while (p < end) {
            gunichar d = char_at(p);
            if (is_token_char(d)) {
                /* A Latin word with a Mongolian ending typed onto it
                 * ("Facebookээр", normalise.c) is the word and its ending,
                 * as "Facebook-ээр" is. */
                if (is_cyrillic(d) && only_ascii && ascii_letters >= 2)
                    break;
                if (d < 0x80 && g_ascii_isalpha(d))
                    ascii_letters++;
                else
                    only_ascii = false;
                if (is_cyrillic(d))
                    cyr = true;
                else if (is_letter(d))
                    latin = true;
                p = g_utf8_next_char(p);
                continue;
            }
            const char *next = g_utf8_next_char(p);
            if (next >= end)
                break;
            gunichar after = char_at(next);
            /* 13.1.2 stays one token, and so does 2024/ШЦТ/67; but the
             * statutes' "1.Энэ" (no space after the number) splits. */
            if (digit_first && d == '.' && g_unichar_isdigit(after)) {
                p = next;
                continue;
            }
            if (digit_first && d == '/' && is_token_char(after)) {
                p = next;
                continue;
            }
            /* person's, don't: inner apostrophes between letters. */
            if ((d == '\'' || d == 0x2019) && g_unichar_isalpha(after) &&
                g_unichar_isalpha(g_utf8_get_char(g_utf8_prev_char(p)))) {
                p = next;
                continue;
            }
            break;
        }
        az_token tok = {
            .start = start,
            .len = (int)(p - start),
            .script = digit_first ? AZ_SCRIPT_DIGIT
                      : cyr       ? AZ_SCRIPT_CYRILLIC
                      : latin     ? AZ_SCRIPT_LATIN
                                  : AZ_SCRIPT_OTHER,
            .pos = ++pos,
        };
        if (!fn(&tok, user))
            return;
    }
}

/* ө or ү (lower case): Mongolian's own letters, which Russian lacks. */
static bool
mongolian_own(gunichar c)
{
    return c == 0x04E9 || c == 0x04AF;
}

const char *
az_detect_lang(const char *text, gssize len)
{
    if (len < 0)
        len = strlen(text);
    /* Count letters by script, and the letters that set Mongolian apart
     * from Russian and Kazakh: ө and ү are Mongolian (and Kazakh); Kazakh
     * has ә ғ қ ң ұ һ і; Russian has neither ө nor ү. */
    unsigned long cyr = 0, latin = 0, mn_letters = 0, kk_letters = 0, ru_words = 0;
    const char *end = text + len;
    gunichar before = ' ';
    for (const char *p = text; p < end && *p; p = g_utf8_next_char(p)) {
        gunichar c = g_unichar_tolower(g_utf8_get_char(p));
        /* Russian's one-letter words (и, в, с, к, у, о) standing between
         * spaces: Mongolian has none ("в)" of a list is no word). */
        gunichar prev = before;
        before = c;
        if ((c == 0x0438 || c == 0x0432 || c == 0x0441 || c == 0x043A || c == 0x0443 || c == 0x043E) &&
            g_unichar_isspace(prev) && p + 2 < end && (p[2] == ' ' || p[2] == '\n'))
            ru_words++;
        if (is_cyrillic(c)) {
            cyr++;
            if (mongolian_own(c))
                mn_letters++;
            else if (c == 0x04D9 || c == 0x0493 || c == 0x049B || c == 0x04A3 || c == 0x04B1 || c == 0x04BB ||
                     c == 0x0456)
                kk_letters++;
        } else if (c < 0x250 && g_unichar_isalpha(c)) {
            latin++;
        }
    }
    if (cyr == 0 && latin == 0)
        return NULL;
    if (cyr >= latin) {
        if (kk_letters * 4 > mn_letters + 1)
            return NULL;
        /* Mongolian prose has ө/ү in roughly one letter in twenty; Russian
         * has none.  A short heading may lack them: accept when in doubt. */
        if (cyr > 200 && mn_letters * 200 < cyr)
            return NULL;
        /* A short Russian text: no ө or ү, and Russian's small words. */
        if (mn_letters == 0 && ru_words >= 2)
            return NULL;
        return "mn";
    }
    return "en";
}

bool
az_has_mongolian_letters(const char *text, gssize len)
{
    if (len < 0)
        len = strlen(text);
    const char *end = text + len;
    for (const char *p = text; p < end && *p; p = g_utf8_next_char(p))
        if (mongolian_own(g_unichar_tolower(g_utf8_get_char(p))))
            return true;
    return false;
}

/* The Cyrillic words of three letters or more az_mostly_known counts, and
 * those the dictionary knows. */
typedef struct {
    az_analyzer *az;
    unsigned checked, known;
} known_count;

enum { AZ_LANG_WORDS_CHECKED = 40 };

static bool
count_known(const az_token *t, void *user)
{
    known_count *k = user;
    if (t->script != AZ_SCRIPT_CYRILLIC || g_utf8_strlen(t->start, t->len) < 3)
        return true;
    char *folded = az_fold(t->start, t->len);
    k->checked++;
    k->known += az_is_known(k->az, folded);
    g_free(folded);
    return k->checked < AZ_LANG_WORDS_CHECKED;
}

bool
az_mostly_known(az_analyzer *az, const char *text, gssize len)
{
    if (az == NULL || !az_analyzer_has_dictionary(az))
        return true;
    known_count k = {.az = az};
    az_tokenise(text, len, count_known, &k);
    return k.checked == 0 || k.known * 2 > k.checked;
}

/* A word list's text, or NULL when it cannot be read; its name, length and
 * bytes (or that it is missing) added to `sum` when not NULL, for the
 * glossary's key (analyzer_identity). */
static char *
read_list(const char *path, GChecksum *sum)
{
    char *contents = NULL, *name = g_path_get_basename(path), head[128];
    gsize len = 0;
    if (zc_config_read(path, &contents, &len, NULL))
        g_snprintf(head, sizeof head, "%s %" G_GSIZE_FORMAT "\n", name, len);
    else
        g_snprintf(head, sizeof head, "%s none\n", name);
    if (sum) {
        g_checksum_update(sum, (const guchar *)head, -1);
        if (contents)
            g_checksum_update(sum, (const guchar *)contents, (gssize)len);
    }
    g_free(name);
    return contents;
}

static void
load_word_list(GHashTable *set, const char *path, GChecksum *sum)
{
    char *contents = read_list(path, sum);
    if (!contents)
        return;
    char **lines = g_strsplit(contents, "\n", -1);
    for (char **l = lines; *l; l++) {
        char *line = g_strstrip(*l);
        if (!*line || *line == '#')
            continue;
        char *folded = az_fold(line, -1);
        g_hash_table_replace(set, folded, g_strdup(folded));
    }
    g_strfreev(lines);
    g_free(contents);
}

/* "form<TAB>lemma" lines. */
static void
load_lemmas(GHashTable *map, const char *path, GChecksum *sum)
{
    char *contents = read_list(path, sum);
    if (!contents)
        return;
    char **lines = g_strsplit(contents, "\n", -1);
    for (char **l = lines; *l; l++) {
        if (!**l || **l == '#')
            continue;
        char **cols = g_strsplit(*l, "\t", 3);
        if (cols[0] && cols[1]) {
            g_hash_table_replace(map, az_fold(g_strstrip(cols[0]), -1), az_fold(g_strstrip(cols[1]), -1));
        }
        g_strfreev(cols);
    }
    g_strfreev(lines);
    g_free(contents);
}

/* hunspell-mn's dictionary is about 70 MB of small blocks, read into hash
 * tables that every word's check then walks.  In 4 KB pages its loading is
 * a third page faults and TLB misses (0.57 s; 0.32 s in huge pages), and
 * every command that analyses a word pays it.  So, before it is read, the
 * heap is grown once by DICTIONARY_HEAP and that stretch asked of the
 * kernel as transparent huge pages, which the dictionary then fills; glibc's
 * settings are put back after.  Only glibc's own heap in the main arena is
 * touched: under ASan or valgrind, or on a thread's arena, the program's
 * break does not move and nothing is advised. */
#define DICTIONARY_HEAP (96u << 20)
#define HUGE_PAGE       ((uintptr_t)2 << 20)

static void
heap_for_dictionary(bool grow)
{
    if (!grow) {
        mallopt(M_TOP_PAD, 128 * 1024); /* glibc's defaults */
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        return;
    }
    struct mallinfo2 mi = mallinfo2();
    void *low = sbrk(0);
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 2 * DICTIONARY_HEAP);
    mallopt(M_TOP_PAD, DICTIONARY_HEAP);
    /* More than the top of the heap holds: the heap grows by it and the pad. */
    void *p = malloc(mi.keepcost + 64 * 1024);
    uintptr_t from = ((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    uintptr_t to = (uintptr_t)sbrk(0) & ~(HUGE_PAGE - 1);
    if (p != NULL && (uintptr_t)sbrk(0) > (uintptr_t)low && to > from)
        madvise((void *)from, to - from, MADV_HUGEPAGE);
    free(p);
}

/* The owner's hunspell-mn, loaded now if it was left for later.  Call with
 * the lock held. */
static Hunhandle *
mn_dict(az_analyzer *az)
{
    az_analyzer *own = az->owner ? az->owner : az;
    if (!own->dict_tried) {
        own->dict_tried = true;
        if (own->dict_installed) {
            heap_for_dictionary(true);
            own->hunspell = Hunspell_create(HUNSPELL_AFF, HUNSPELL_DIC);
            heap_for_dictionary(false);
        }
    }
    return own->hunspell;
}

/* Adds a file's size, mtime and inode to the sum; false when it cannot be
 * stat()ed. */
static bool
add_file_stamp(GChecksum *sum, const char *path)
{
    struct stat st;
    char line[96];
    if (stat(path, &st) != 0)
        return false;
    g_snprintf(line, sizeof line, " %lld %lld.%09ld %llu", (long long)st.st_size, (long long)st.st_mtim.tv_sec,
               st.st_mtim.tv_nsec, (unsigned long long)st.st_ino);
    g_checksum_update(sum, (const guchar *)line, -1);
    return true;
}

/* Adds the build ID of one loaded object (the program, each library) to
 * the sum, or, for one without, its file's size, time and inode. */
static int
add_object_build(struct dl_phdr_info *info, size_t size, void *data)
{
    GChecksum *sum = data;
    const char *name = info->dlpi_name != NULL && *info->dlpi_name ? info->dlpi_name : "(program)";
    g_checksum_update(sum, (const guchar *)name, -1);
    bool found = false;
    for (int i = 0; i < info->dlpi_phnum && !found; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE)
            continue;
        gsize align = ph->p_align == 8 ? 8 : 4;
        const guchar *p = (const guchar *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;
        while (!found && (gsize)(end - p) >= sizeof(ElfW(Nhdr))) {
            ElfW(Nhdr) n;
            memcpy(&n, p, sizeof n);
            gsize namesz = (n.n_namesz + align - 1) & ~(align - 1);
            gsize descsz = (n.n_descsz + align - 1) & ~(align - 1);
            if (namesz > (gsize)(end - p) - sizeof n || descsz > (gsize)(end - p) - sizeof n - namesz)
                break;
            const guchar *owner = p + sizeof n, *desc = owner + namesz;
            if (n.n_type == NT_GNU_BUILD_ID && n.n_namesz == 4 && memcmp(owner, "GNU", 4) == 0) {
                g_checksum_update(sum, desc, n.n_descsz);
                found = true;
            }
            p = desc + descsz;
        }
    }
    if (!found) {
        const char *file = info->dlpi_name != NULL && *info->dlpi_name ? info->dlpi_name : "/proc/self/exe";
        if (!add_file_stamp(sum, file) &&
            (info->dlpi_name == NULL || *info->dlpi_name == '\0' || *info->dlpi_name == '/'))
            return 1; /* a file that can be neither told nor found */
    }
    g_checksum_update(sum, (const guchar *)"\n", 1);
    return 0;
}

/* What, besides the glossary's own files, decides the keys an analyzer
 * gives: `lists`, the word lists as read (read_list), and here the program
 * and every library loaded (each one's build), the locale's character type
 * and the dictionaries' files.  Frees `lists`.  A hex digest, or NULL when
 * the program's build cannot be told. */
static char *
analyzer_identity(GChecksum *lists)
{
    if (dl_iterate_phdr(add_object_build, lists) != 0) {
        g_checksum_free(lists);
        return NULL;
    }
    /* GLib's case folding follows the locale for Turkish and Lithuanian. */
    const char *ctype = setlocale(LC_CTYPE, NULL);
    g_checksum_update(lists, (const guchar *)(ctype != NULL ? ctype : "C"), -1);
    const char *dicts[] = {HUNSPELL_AFF, HUNSPELL_DIC, ENGLISH_AFF, ENGLISH_DIC};
    for (gsize i = 0; i < G_N_ELEMENTS(dicts); i++) {
        g_checksum_update(lists, (const guchar *)"\n", 1);
        g_checksum_update(lists, (const guchar *)dicts[i], -1);
        if (!add_file_stamp(lists, dicts[i]))
            g_checksum_update(lists, (const guchar *)" none", -1);
    }
    char *id = g_strdup(g_checksum_get_string(lists));
    g_checksum_free(lists);
    return id;
}

static az_analyzer *
analyzer_new(const char *config_dir, const char *memo_path, const char *glossary_cache)
{
    az_analyzer *az = g_new0(az_analyzer, 1);
    g_mutex_init(&az->own_lock);
    az->lock = &az->own_lock;
    az->dict_installed = g_file_test(HUNSPELL_AFF, G_FILE_TEST_EXISTS) && g_file_test(HUNSPELL_DIC, G_FILE_TEST_EXISTS);
    if (memo_path != NULL && az->dict_installed)
        az->memo = dm_open(memo_path, HUNSPELL_AFF, HUNSPELL_DIC);
    else
        mn_dict(az);
    az->english = zx_stemmer_new("english");
    az->cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)word_entry_free);
    az->cache_max = STEM_CACHE_MAX;
    az->latin = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    az->gate = -1;
    az->stopwords = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    az->lemmas = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    az->protected_terms = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    if (config_dir) {
        /* The lists as read go into the kept glossary's key. */
        GChecksum *lists = glossary_cache != NULL ? g_checksum_new(G_CHECKSUM_SHA256) : NULL;
        if (lists)
            g_checksum_update(lists, (const guchar *)"zaalt-analyzer-1\n", -1);
        char *p = g_build_filename(config_dir, "stopwords-mn.txt", NULL);
        load_word_list(az->stopwords, p, lists);
        g_free(p);
        p = g_build_filename(config_dir, "stopwords-en.txt", NULL);
        load_word_list(az->stopwords, p, lists);
        g_free(p);
        p = g_build_filename(config_dir, "mn-lemmas.tsv", NULL);
        load_lemmas(az->lemmas, p, lists);
        g_free(p);
        p = g_build_filename(config_dir, "legal-terms.txt", NULL);
        load_word_list(az->protected_terms, p, lists);
        g_free(p);
        /* The glossary's entries are analysed by this very analyzer: the
         * demo's counter-trafficking vocabulary, the statutes', and the
         * everyday words for the law's (one way). */
        char *pairs[] = {g_build_filename(config_dir, "glossary.tsv", NULL),
                         g_build_filename(config_dir, "glossary-law.tsv", NULL), NULL};
        char *oneway[] = {g_build_filename(config_dir, "mn-synonyms.tsv", NULL), NULL};
        char *id = lists != NULL ? analyzer_identity(lists) : NULL;
        az->glossary =
            gl_load_files_cached(az, (const char *const *)pairs, (const char *const *)oneway, glossary_cache, id, NULL);
        g_free(id);
        for (char **q = pairs; *q; q++)
            g_free(*q);
        g_free(oneway[0]);
    }
    return az;
}

az_analyzer *
az_analyzer_new(const char *config_dir)
{
    return analyzer_new(config_dir, NULL, NULL);
}

az_analyzer *
az_analyzer_new_remembering(const char *config_dir, const char *memo_path)
{
    return analyzer_new(config_dir, memo_path, NULL);
}

az_analyzer *
az_analyzer_new_full(const char *config_dir, const char *memo_path, const char *glossary_cache)
{
    return analyzer_new(config_dir, memo_path, glossary_cache);
}

bool
az_analyzer_save_memo(az_analyzer *az, GError **error)
{
    az_analyzer *own = az->owner ? az->owner : az;
    g_mutex_lock(az->lock);
    bool ok = own->memo == NULL || dm_save(own->memo, error);
    g_mutex_unlock(az->lock);
    return ok;
}

bool
az_analyzer_dictionary_loaded(const az_analyzer *az)
{
    const az_analyzer *own = az->owner ? az->owner : az;
    return own->hunspell != NULL;
}

az_analyzer *
az_analyzer_sibling(az_analyzer *az)
{
    az_analyzer *s = g_new0(az_analyzer, 1);
    g_mutex_lock(az->lock);
    *s = *az;
    g_mutex_unlock(az->lock);
    s->owner = az;
    s->lock = az->lock;
    s->cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)word_entry_free);
    s->latin = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    return s;
}

void
az_analyzer_free(az_analyzer *az)
{
    if (!az)
        return;
    g_hash_table_destroy(az->cache);
    g_hash_table_destroy(az->latin);
    if (az->owner) {
        g_free(az);
        return;
    }
    if (az->hunspell)
        Hunspell_destroy(az->hunspell);
    dm_free(az->memo);
    if (az->english_dict)
        Hunspell_destroy(az->english_dict);
    zx_stemmer_free(az->english);
    gl_free(az->glossary);
    g_hash_table_destroy(az->protected_terms);
    g_hash_table_destroy(az->stopwords);
    g_hash_table_destroy(az->lemmas);
    g_mutex_clear(&az->own_lock);
    g_free(az);
}

bool
az_analyzer_has_dictionary(const az_analyzer *az)
{
    const az_analyzer *own = az->owner ? az->owner : az;
    return own->memo != NULL ? own->dict_installed : own->hunspell != NULL;
}

/* Hunspell_stem's stems of `word` as a new vector (empty when none; NULL
 * without a dictionary): from the memo when it knows the word, else from
 * hunspell-mn, and then remembered.  Call with the lock held. */
static char **
dict_stems(az_analyzer *az, const char *word)
{
    az_analyzer *own = az->owner ? az->owner : az;
    char **out = NULL;
    if (own->memo != NULL && dm_stems(own->memo, word, &out))
        return out;
    Hunhandle *h = mn_dict(az);
    if (h == NULL)
        return NULL;
    char **stems = NULL;
    int n = Hunspell_stem(h, &stems, word);
    out = g_new0(char *, MAX(n, 0) + 1);
    for (int i = 0; i < n; i++)
        out[i] = g_strdup(stems[i]);
    if (stems)
        Hunspell_free_list(h, &stems, n);
    if (own->memo != NULL)
        dm_put_stems(own->memo, word, out, MAX(n, 0));
    return out;
}

/* Hunspell_spell's answer for `word` (false without a dictionary), from
 * the memo when it knows the word.  Call with the lock held. */
static bool
dict_spell(az_analyzer *az, const char *word)
{
    az_analyzer *own = az->owner ? az->owner : az;
    bool ok = false;
    if (own->memo != NULL && dm_spell(own->memo, word, &ok))
        return ok;
    Hunhandle *h = mn_dict(az);
    if (h == NULL)
        return false;
    ok = Hunspell_spell(h, word) != 0;
    if (own->memo != NULL)
        dm_put_spell(own->memo, word, ok);
    return ok;
}

bool
az_is_stopword(const az_analyzer *az, const char *folded_word)
{
    return g_hash_table_contains(az->stopwords, folded_word);
}

bool
az_is_protected(const az_analyzer *az, const char *folded_word)
{
    return g_hash_table_contains(az->protected_terms, folded_word);
}

/* Endings that inflect a noun or a verb without making a new word: case,
 * plural and the commonest participles and converbs.  Left out on purpose:
 * the comitative -тай/-тэй/-той (эмэгтэй, хүчтэй are words of their own),
 * the reflexive -аа/-ээ and -х (цагдаа is not цагд + аа, шүүх not шүү + х).
 * The genitive -н counts only after a stem of four letters or more (сайн is
 * "good", not сай + н). */
static const char *const inflections[] = {
    "ийн",  "ын",   "ны",   "ний",  "н",    "ий",   "ы",     "гийн",   "д",     "т",     "ад",    "эд",
    "од",   "өд",   "нд",   "анд",  "энд",  "онд",  "өнд",   "ийг",    "ыг",    "г",     "аас",   "ээс",
    "оос",  "өөс",  "иас",  "иос",  "наас", "нээс", "ноос",  "нөөс",   "гаас",  "гээс",  "гоос",  "гөөс",
    "аар",  "ээр",  "оор",  "өөр",  "иар",  "иор",  "гаар",  "гээр",   "гоор",  "гөөр",  "ууд",   "үүд",
    "нууд", "нүүд", "чууд", "чүүд", "нар",  "ид",   "уудын", "үүдийн", "уудад", "үүдэд", "уудыг", "үүдийг",
    "ах",   "эх",   "ох",   "өх",   "их",   "сан",  "сэн",   "сон",    "сөн",   "ж",     "ч",     "даг",
    "дэг",  "дог",  "дөг",  "аад",  "ээд",  "оод",  "өөд",
};

static bool
is_inflection(const char *stem, const char *rest)
{
    if (strcmp(rest, "н") == 0 && g_utf8_strlen(stem, -1) < 4)
        return false;
    for (size_t i = 0; i < G_N_ELEMENTS(inflections); i++)
        if (strcmp(rest, inflections[i]) == 0)
            return true;
    return false;
}

/* Chooses among hunspell's stems.  Several stems for one word are common:
 * шүүхэд -> шүүхэд, шүүх, шүү; эрхийн -> эрхий, эрх; эмэгтэй -> эмэгтэй,
 * эмэг; худалдаа -> худалдаа, худалд, худал.  In order:
 *   1. the shortest stem that the word extends by a plain inflection
 *      (шүүх + эд, эрх + ийн, but not шүү + хэд): the word is an inflected
 *      form of it;
 *   2. else the word itself, when hunspell lists it (эмэгтэй, иргэн,
 *      дүүрэг, худалдаа: a lemma, not a form of a shorter root);
 *   3. else the shortest stem of at least four letters (short roots such as
 *      шүү, хэр, худал are other words), or the only one.
 * Agent nouns then keep their -гч (хохирогч is "victim", not every form of
 * "to harm"; шүүгдэгч is "defendant", not "to be judged"). */
static char *
pick_hunspell_stem(const char *word, char **stems, int n)
{
    const char *best = NULL;
    size_t wl = strlen(word);
    for (int i = 0; i < n; i++) {
        size_t sl = strlen(stems[i]);
        if (sl < wl && strncmp(word, stems[i], sl) == 0 && g_utf8_strlen(stems[i], -1) >= 2 &&
            is_inflection(stems[i], word + sl) && (!best || sl < strlen(best)))
            best = stems[i];
    }
    for (int i = 0; !best && i < n; i++)
        if (strcmp(stems[i], word) == 0)
            best = stems[i];
    if (!best) {
        glong best_len = 0;
        for (int i = 0; i < n; i++) {
            glong l = g_utf8_strlen(stems[i], -1);
            if (l < 4 && n > 1)
                continue;
            if (!best || l < best_len) {
                best = stems[i];
                best_len = l;
            }
        }
    }
    if (!best)
        best = stems[0];
    size_t bl = strlen(best);
    if (g_str_has_prefix(word, best)) {
        static const char *const agent[] = {"агч", "эгч", "огч", "өгч", "гч"};
        for (size_t i = 0; i < G_N_ELEMENTS(agent); i++)
            if (g_str_has_prefix(word + bl, agent[i]))
                return g_strconcat(best, agent[i], NULL);
    }
    /* hunspell-mn keeps proper nouns capitalised (Улаанбаатар): stems are
     * compared folded. */
    return az_fold(best, -1);
}

/* Hunspell's stem of a word, or NULL when the dictionary does not know it.
 * Proper nouns are in the dictionary capitalised only, so a folded word the
 * dictionary rejects is tried again with a capital.  *known (if given) is
 * set when the word as given has a stem: the dictionary holds it in lower
 * case, so it accepts it capitalised too (mn_MN.aff has no KEEPCASE), which
 * is what known_locked asks. */
static char *
hunspell_stem(az_analyzer *az, const char *word, bool *known)
{
    char **stems = dict_stems(az, word);
    if (stems == NULL)
        return NULL;
    int n = (int)g_strv_length(stems);
    if (known)
        *known = n > 0;
    if (n == 0) {
        g_strfreev(stems);
        gunichar first = g_utf8_get_char(word);
        char up[8] = {0};
        g_unichar_to_utf8(g_unichar_totitle(first), up);
        char *titled = g_strconcat(up, g_utf8_next_char(word), NULL);
        stems = dict_stems(az, titled);
        g_free(titled);
        n = stems ? (int)g_strv_length(stems) : 0;
        if (n == 0) {
            g_strfreev(stems);
            return NULL;
        }
    }
    char *s = pick_hunspell_stem(word, stems, n);
    g_strfreev(stems);
    return s;
}

/* A stemmer that cut into a protected legal term (худалдаа -> худалд,
 * шүүхийн -> шүү) is overruled: the longest protected term that begins the
 * word and extends the stem becomes the stem. */
static char *
protect(az_analyzer *az, const char *word, char *stem)
{
    size_t sl = strlen(stem);
    const char *best_end = NULL;
    for (const char *p = word; *p;) {
        p = g_utf8_next_char(p);
        size_t l = p - word;
        if (l <= sl)
            continue;
        if (strncmp(word, stem, sl) != 0)
            break;
        char *prefix = g_strndup(word, l);
        if (g_hash_table_contains(az->protected_terms, prefix))
            best_end = p;
        g_free(prefix);
    }
    if (!best_end)
        return stem;
    g_free(stem);
    return g_strndup(word, best_end - word);
}

/* *known (if given) is set when stemming showed the word known as
 * known_locked would find it: a lemma, or a word the dictionary holds in
 * lower case.  Left false, the word may still be known. */
static char *
stem_mongolian(az_analyzer *az, const char *word, az_stem_mode mode, bool *known)
{
    bool lists = mode == AZ_STEM_FULL;
    bool dict = mode != AZ_STEM_RULES;
    bool rules = mode != AZ_STEM_HUNSPELL;
    if (known)
        *known = false;
    if (lists) {
        const char *lemma = g_hash_table_lookup(az->lemmas, word);
        if (lemma) {
            if (known)
                *known = true;
            return g_strdup(lemma);
        }
    }
    char *s = dict ? hunspell_stem(az, word, known) : NULL;
    if (!s && rules)
        s = mn_rule_stem(word);
    if (!s) /* no rule's stem (a string of no letters): the word itself */
        s = g_strdup(word);
    if (lists) {
        const char *lemma = g_hash_table_lookup(az->lemmas, s);
        if (lemma) {
            g_free(s);
            return g_strdup(lemma);
        }
        s = protect(az, word, s);
    }
    return s;
}

/* One family of British and American spellings: a word ending in `from`
 * and one of `tails`, with at least `before` letters in front, is spelt
 * with `to` instead (organis-ation, labor-s, defenc-e).  The letters in
 * front keep short words of other meanings out (four, hour, sense, size,
 * rogue, spelled). */
typedef struct {
    const char *from, *to;
    gsize before;
    const char *const *tails;
} spelling_family;

static const char *const ize_tails[] = {"e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational", "able", NULL};
static const char *const our_tails[] = {"",     "s",   "ed",   "ing",  "er",   "ers", "ite", "ites", "able",
                                        "ably", "ful", "less", "al",   "ally", "ism", "ist", "ists", NULL};
static const char *const ense_tails[] = {"e", "es", "ed", "ing", "eless", "ee", "ees", NULL};
static const char *const re_tails[] = {"", "s", NULL};
static const char *const ogue_tails[] = {"", "s", NULL};
static const char *const ell_tails[] = {"ed", "ing", "er", "ers", "or", "ors", NULL};
static const char *const gement_tails[] = {"", "s", "al", NULL};

/* Which of a family's spellings is kept matters only where the stemmer
 * would cut it into another word: -ise is kept, since Snowball cuts
 * organized and organization down to organ (the body's, whose trade the
 * law names), and -ence, which fewer words end in than -ense would take. */
static const spelling_family spelling_families[] = {
    {"dgement", "dgment", 1, gement_tails}, /* judgement, acknowledgement */
    {"iz", "is", 3, ize_tails},             /* organize(d), criminalization */
    {"yz", "ys", 3, ize_tails},             /* analyze, paralyze */
    {"our", "or", 2, our_tails},            /* labour(er), behaviour(al), favourite, odour */
    {"ens", "enc", 3, ense_tails},          /* defense, offense, license(d), pretense */
    {"tre", "ter", 2, re_tails},            /* centre(s), metre, theatre */
    {"bre", "ber", 2, re_tails},            /* fibre, calibre */
    {"ogue", "og", 3, ogue_tails},          /* catalogue, dialogue, analogue */
    {"ell", "el", 3, ell_tails},            /* travelled, cancelling, counsellor, jeweller */
};

char *
az_english_spelling(const char *folded_word)
{
    gsize n = strlen(folded_word), head = 0;
    while (head < n && g_ascii_islower(folded_word[head]))
        head++;
    /* Only a Latin word, its possessive aside (labour's). */
    if (head == 0 || (head < n && folded_word[head] != '\''))
        return g_strdup(folded_word);
    GString *w = g_string_new_len(folded_word, (gssize)head);
    /* Greek ae as e inside a word: paediatric, paedophile, anaemia. */
    for (char *p; (p = strstr(w->str, "paed")) != NULL;)
        g_string_erase(w, p - w->str + 1, 1);
    for (char *p; (p = strstr(w->str, "aem")) != NULL && p > w->str;)
        g_string_erase(w, p - w->str, 1);
    for (gsize f = 0; f < G_N_ELEMENTS(spelling_families); f++) {
        const spelling_family *sf = &spelling_families[f];
        gsize from = strlen(sf->from);
        bool done = false;
        for (const char *const *t = sf->tails; *t != NULL && !done; t++) {
            gsize tail = strlen(*t);
            if (w->len < sf->before + from + tail)
                continue;
            gsize at = w->len - tail - from;
            if (strncmp(w->str + at, sf->from, from) != 0 || strcmp(w->str + at + from, *t) != 0)
                continue;
            g_string_erase(w, (gssize)at, (gssize)from);
            g_string_insert(w, (gssize)at, sf->to);
            done = true;
        }
        if (done)
            break;
    }
    g_string_append(w, folded_word + head);
    return g_string_free(w, FALSE);
}

/* Snowball's stem of a Latin word, its British or American spelling made
 * one first.  Call with the lock held. */
static char *
english_stem_locked(az_analyzer *az, const char *w)
{
    char *spelt = az_english_spelling(w);
    char *s = zx_stemmer_stem(az->english, spelt);
    g_free(spelt);
    return s;
}

static void
word_script(const char *w, bool *has_cyr, bool *has_alpha)
{
    *has_cyr = *has_alpha = false;
    for (const char *p = w; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (is_cyrillic(c))
            *has_cyr = true;
        if (g_unichar_isalpha(c))
            *has_alpha = true;
    }
}

char *
az_stem_with(az_analyzer *az, const char *w, az_stem_mode mode)
{
    bool has_cyr, has_alpha;
    word_script(w, &has_cyr, &has_alpha);
    if (!has_alpha || g_unichar_isdigit(g_utf8_get_char(w)))
        return g_strdup(w);
    if (!has_cyr) {
        g_mutex_lock(az->lock);
        char *s = english_stem_locked(az, w);
        g_mutex_unlock(az->lock);
        return s;
    }
    g_mutex_lock(az->lock);
    char *s = stem_mongolian(az, w, mode, NULL);
    g_mutex_unlock(az->lock);
    return s;
}

static bool known_locked(az_analyzer *az, const char *w);

/* The cached analysis of a folded word.  Call with the lock held; the
 * entry stays valid until the lock is released. */
static const word_entry *
entry_locked(az_analyzer *az, const char *w)
{
    const word_entry *cached = g_hash_table_lookup(az->cache, w);
    if (cached)
        return cached;
    bool has_cyr, has_alpha;
    word_script(w, &has_cyr, &has_alpha);
    word_entry *e = g_new0(word_entry, 1);
    if (!has_alpha || g_unichar_isdigit(g_utf8_get_char(w))) {
        e->stem = g_strdup(w);
    } else if (has_cyr) {
        /* Stemming often answers az_word_known's question on the way,
         * which saves a spelling check a word. */
        bool known = false;
        e->stem = stem_mongolian(az, w, AZ_STEM_FULL, &known);
        e->key = tl_key(e->stem);
        e->known = known ? 1 : -1;
    } else {
        e->stem = english_stem_locked(az, w);
    }
    if (g_hash_table_size(az->cache) >= az->cache_max)
        g_hash_table_remove_all(az->cache);
    g_hash_table_insert(az->cache, g_strdup(w), e);
    return e;
}

void
az_word(az_analyzer *az, const char *folded_word, char **stem, char **key)
{
    g_mutex_lock(az->lock);
    const word_entry *e = entry_locked(az, folded_word);
    if (stem)
        *stem = g_strdup(e->stem);
    if (key)
        *key = g_strdup(e->key);
    g_mutex_unlock(az->lock);
}

bool
az_word_known(az_analyzer *az, const char *folded_word)
{
    g_mutex_lock(az->lock);
    word_entry *e = (word_entry *)entry_locked(az, folded_word);
    if (e->known < 0)
        e->known = known_locked(az, folded_word);
    bool known = e->known > 0;
    g_mutex_unlock(az->lock);
    return known;
}

void
az_word_index(az_analyzer *az, const char *folded_word, const char *stem_prefix, const char *key_prefix,
              char **stem, char **unknown_key)
{
    g_mutex_lock(az->lock);
    word_entry *e = (word_entry *)entry_locked(az, folded_word);
    *stem = g_strconcat(stem_prefix, e->stem, NULL);
    *unknown_key = NULL;
    if (e->key != NULL) {
        if (e->known < 0)
            e->known = known_locked(az, folded_word);
        if (e->known == 0)
            *unknown_key = g_strconcat(key_prefix, e->key, NULL);
    }
    g_mutex_unlock(az->lock);
}

char *
az_stem(az_analyzer *az, const char *w)
{
    char *s = NULL;
    az_word(az, w, &s, NULL);
    return s;
}

static bool
known_locked(az_analyzer *az, const char *w)
{
    if (g_hash_table_contains(az->lemmas, w) || g_hash_table_contains(az->protected_terms, w))
        return true;
    if (!az_analyzer_has_dictionary(az))
        return false;
    /* One check of the capitalised word answers for both spellings:
     * hunspell accepts a capitalised word when the dictionary holds it
     * capitalised (a proper noun) or in lower case, so asking for the lower
     * case first only repeated the dearest half of a failing check. */
    gunichar first = g_utf8_get_char(w);
    char up[8] = {0};
    g_unichar_to_utf8(g_unichar_totitle(first), up);
    char *titled = g_strconcat(up, g_utf8_next_char(w), NULL);
    bool ok = dict_spell(az, titled);
    g_free(titled);
    return ok;
}

bool
az_is_known(az_analyzer *az, const char *folded_word)
{
    g_mutex_lock(az->lock);
    bool ok = known_locked(az, folded_word);
    g_mutex_unlock(az->lock);
    return ok;
}

bool
az_is_everyday_word(az_analyzer *az, const char *folded_word)
{
    if (!az || !folded_word || !*folded_word)
        return false;
    g_mutex_lock(az->lock);
    bool ok = g_hash_table_contains(az->lemmas, folded_word) ||
              (az_analyzer_has_dictionary(az) && dict_spell(az, folded_word));
    g_mutex_unlock(az->lock);
    return ok;
}

/* The English dictionary, loaded on first use by the analyzer that owns
 * the dictionaries.  Call with the lock held. */
static Hunhandle *
english_locked(az_analyzer *az)
{
    az_analyzer *own = az->owner ? az->owner : az;
    if (!own->english_tried) {
        own->english_tried = true;
        if (g_file_test(ENGLISH_AFF, G_FILE_TEST_EXISTS) && g_file_test(ENGLISH_DIC, G_FILE_TEST_EXISTS))
            own->english_dict = Hunspell_create(ENGLISH_AFF, ENGLISH_DIC);
    }
    return own->english_dict;
}

static bool
plain_latin(const char *w)
{
    for (const char *p = w; *p; p++)
        if (!g_ascii_isalpha(*p) && *p != '\'')
            return false;
    return *w != '\0';
}

bool
az_is_english_word(az_analyzer *az, const char *folded_word)
{
    if (!az || !folded_word || !plain_latin(folded_word))
        return false;
    g_mutex_lock(az->lock);
    Hunhandle *en = english_locked(az);
    bool ok = en && Hunspell_spell(en, folded_word) != 0;
    g_mutex_unlock(az->lock);
    return ok;
}

GPtrArray *
az_english_suggestions(az_analyzer *az, const char *folded_word)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    if (!az || !folded_word || !plain_latin(folded_word))
        return out;
    g_mutex_lock(az->lock);
    Hunhandle *en = english_locked(az);
    char **list = NULL;
    int n = en && Hunspell_spell(en, folded_word) == 0 ? Hunspell_suggest(en, &list, folded_word) : 0;
    for (int i = 0; i < n; i++)
        if (plain_latin(list[i]))
            g_ptr_array_add(out, az_fold(list[i], -1));
    if (n > 0)
        Hunspell_free_list(en, &list, n);
    g_mutex_unlock(az->lock);
    return out;
}

static void
add_unique(GPtrArray *list, const char *s, guint max)
{
    if (!s || list->len >= max)
        return;
    for (guint i = 0; i < list->len; i++)
        if (strcmp(list->pdata[i], s) == 0)
            return;
    g_ptr_array_add(list, g_strdup(s));
}

/* known_locked for the Cyrillic spellings of a Latin word, most of which
 * no dictionary holds: spellgate.h drops those it can prove unknown
 * before hunspell is asked.  Call with the lock held. */
static bool
gate_on_locked(az_analyzer *az)
{
    if (az->gate < 0)
        az->gate = az_analyzer_has_dictionary(az) && sg_table_matches(HUNSPELL_AFF, HUNSPELL_DIC);
    return az->gate;
}

static bool
begins_listed(GHashTable *list, const char *prefix)
{
    size_t n = strlen(prefix);
    GHashTableIter it;
    gpointer k;
    g_hash_table_iter_init(&it, list);
    while (g_hash_table_iter_next(&it, &k, NULL))
        if (strncmp(k, prefix, n) == 0)
            return true;
    return false;
}

/* tl_prefix_fn: a spelling begun may still be a word the dictionary or
 * the lists know (the gate judges only the dictionary's).  Lock held. */
static bool
may_begin_locked(const char *prefix, void *user)
{
    az_analyzer *az = user;
    return sg_may_begin(prefix) || begins_listed(az->lemmas, prefix) || begins_listed(az->protected_terms, prefix);
}

/* The Cyrillic spellings of a Latin-typed word, those no word can begin
 * with left out as they are made when the gate fits the dictionary.  Lock
 * held. */
static void
spellings_locked(az_analyzer *az, const char *w, bool harmony, GPtrArray *cands)
{
    if (gate_on_locked(az))
        tl_cyrillic_candidates_where(w, harmony, LATIN_CANDIDATES, may_begin_locked, az, cands);
    else
        tl_cyrillic_candidates(w, harmony, LATIN_CANDIDATES, cands);
}

static bool
spelling_known_locked(az_analyzer *az, const char *w)
{
    if (gate_on_locked(az) && !sg_may_be_word(w) && !g_hash_table_contains(az->lemmas, w) &&
        !g_hash_table_contains(az->protected_terms, w))
        return false;
    return known_locked(az, w);
}

/* Readings of a Latin spelling: the dictionary's words among its
 * harmonious Cyrillic spellings (then among all spellings), with the keys
 * of their stems, as if they had been typed in Cyrillic; failing those,
 * the suffix rules' stem of its likeliest spellings, as for a name the
 * dictionary lacks (keys only).  Call with the lock held. */
static void
latin_readings_locked(az_analyzer *az, const char *w, GPtrArray *keys, GPtrArray *words)
{
    GPtrArray *cands = g_ptr_array_new_with_free_func(g_free);
    for (int pass = 0; pass < 2 && keys->len == 0; pass++) {
        guint from = cands->len;
        spellings_locked(az, w, pass == 0, cands);
        for (guint i = from; i < cands->len; i++)
            if (spelling_known_locked(az, cands->pdata[i])) {
                const char *k = entry_locked(az, cands->pdata[i])->key;
                add_unique(keys, k, LATIN_KEYS_MAX);
                for (guint j = 0; j < keys->len; j++)
                    if (strcmp(keys->pdata[j], k) == 0)
                        add_unique(words, cands->pdata[i], LATIN_WORDS_MAX);
            }
    }
    for (guint i = 0; i < cands->len && i < 2 && keys->len == 0; i++) {
        char *s = mn_rule_stem(cands->pdata[i]);
        char *k = tl_key(s);
        add_unique(keys, k, LATIN_KEYS_MAX);
        g_free(k);
        g_free(s);
    }
    g_ptr_array_free(cands, TRUE);
}

static void
split_into(GPtrArray *out, const char *joined, const char *end)
{
    if (end == joined)
        return;
    char *part = g_strndup(joined, end - joined);
    char **v = g_strsplit(part, "\n", -1);
    for (char **k = v; *k; k++)
        g_ptr_array_add(out, g_strdup(*k));
    g_strfreev(v);
    g_free(part);
}

/* Cached as "key\nkey…\tword\nword…". */
static void
latin_readings(az_analyzer *az, const char *folded_latin, GPtrArray *keys, GPtrArray *words)
{
    if (!tl_latin_typed(folded_latin))
        return;
    g_mutex_lock(az->lock);
    const char *joined = g_hash_table_lookup(az->latin, folded_latin);
    if (!joined) {
        GPtrArray *k = g_ptr_array_new_with_free_func(g_free);
        GPtrArray *w = g_ptr_array_new_with_free_func(g_free);
        latin_readings_locked(az, folded_latin, k, w);
        g_ptr_array_add(k, NULL);
        g_ptr_array_add(w, NULL);
        char *jk = g_strjoinv("\n", (char **)k->pdata);
        char *jw = g_strjoinv("\n", (char **)w->pdata);
        char *j = g_strconcat(jk, "\t", jw, NULL);
        g_free(jk);
        g_free(jw);
        g_ptr_array_free(k, TRUE);
        g_ptr_array_free(w, TRUE);
        if (g_hash_table_size(az->latin) >= MAX(az->cache_max / 10, 1))
            g_hash_table_remove_all(az->latin);
        g_hash_table_insert(az->latin, g_strdup(folded_latin), j);
        joined = j;
    }
    const char *tab = strchr(joined, '\t');
    if (keys)
        split_into(keys, joined, tab);
    if (words)
        split_into(words, tab + 1, tab + strlen(tab));
    g_mutex_unlock(az->lock);
}

GPtrArray *
az_latin_keys(az_analyzer *az, const char *folded_latin)
{
    GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
    latin_readings(az, folded_latin, keys, NULL);
    return keys;
}

GPtrArray *
az_latin_words(az_analyzer *az, const char *folded_latin)
{
    GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
    latin_readings(az, folded_latin, NULL, words);
    return words;
}

/* How a Cyrillic word would be typed in Latin letters, losing what Latin
 * typing loses (о/ө, у/ү, э/е, и/й, ь and ъ left out), so that the Latin
 * reader spells it back into every word it may have been meant as. */
static char *
typed_latin_of(const char *folded)
{
    static const char *const latin[32] = {
        "a", "b", "v", "g", "d", "e", "j",  "z",  /* а б в г д е ж з */
        "i", "i", "k", "l", "m", "n", "o",  "p",  /* и й к л м н о п */
        "r", "s", "t", "u", "f", "h", "ts", "ch", /* р с т у ф х ц ч */
        "sh", "sh", "", "y", "", "e", "yu", "ya", /* ш щ ъ ы ь э ю я */
    };
    GString *out = g_string_new(NULL);
    for (const char *p = folded; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c >= 0x0430 && c <= 0x044F)
            g_string_append(out, latin[c - 0x0430]);
        else if (c == 0x04E9) /* ө */
            g_string_append_c(out, 'o');
        else if (c == 0x04AF) /* ү */
            g_string_append_c(out, 'u');
        else if (c == 0x0451) /* ё */
            g_string_append(out, "yo");
        else {
            g_string_free(out, TRUE);
            return NULL;
        }
    }
    return g_string_free(out, FALSE);
}

/* The key that tells apart only what a Cyrillic typist may not: tl_key's,
 * ь and ъ left out (хуул and хууль, хун and хүн alike). */
static char *
typing_skeleton(const char *folded)
{
    GString *w = g_string_new(NULL);
    for (const char *p = folded; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c != 0x044C && c != 0x044A)
            g_string_append_unichar(w, c);
    }
    char *k = tl_key(w->str);
    g_string_free(w, TRUE);
    return k;
}

/* Lock held: the dictionary's words a Cyrillic word may have been meant as
 * (see az_cyrillic_alternatives). */
static void
cyrillic_alternatives_locked(az_analyzer *az, const char *w, GPtrArray *words)
{
    char *typed = typed_latin_of(w);
    if (!typed || !*typed || strlen(typed) > 40) {
        g_free(typed);
        return;
    }
    char *skeleton = typing_skeleton(w);
    GPtrArray *cands = g_ptr_array_new_with_free_func(g_free);
    for (int pass = 0; pass < 2 && words->len == 0; pass++) {
        guint from = cands->len;
        spellings_locked(az, typed, pass == 0, cands);
        for (guint i = from; i < cands->len; i++) {
            const char *c = cands->pdata[i];
            if (strcmp(c, w) == 0 || !spelling_known_locked(az, c))
                continue;
            char *k = typing_skeleton(c);
            if (strcmp(k, skeleton) == 0)
                add_unique(words, c, LATIN_WORDS_MAX);
            g_free(k);
        }
    }
    g_ptr_array_free(cands, TRUE);
    g_free(skeleton);
    g_free(typed);
}

GPtrArray *
az_cyrillic_alternatives(az_analyzer *az, const char *folded_word)
{
    GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
    if (!az || !folded_word || !az_analyzer_has_dictionary(az))
        return words;
    gunichar c = g_utf8_get_char(folded_word);
    if (c < 0x0400 || c > 0x04FF)
        return words;
    g_mutex_lock(az->lock);
    /* Cached beside the Latin words' readings (no Latin word is Cyrillic),
     * as "\tword\nword…". */
    const char *joined = g_hash_table_lookup(az->latin, folded_word);
    if (!joined) {
        GPtrArray *w = g_ptr_array_new_with_free_func(g_free);
        cyrillic_alternatives_locked(az, folded_word, w);
        g_ptr_array_add(w, NULL);
        char *jw = g_strjoinv("\n", (char **)w->pdata);
        char *j = g_strconcat("\t", jw, NULL);
        g_free(jw);
        g_ptr_array_free(w, TRUE);
        if (g_hash_table_size(az->latin) >= MAX(az->cache_max / 10, 1))
            g_hash_table_remove_all(az->latin);
        g_hash_table_insert(az->latin, g_strdup(folded_word), j);
        joined = j;
    }
    split_into(words, joined + 1, joined + strlen(joined));
    g_mutex_unlock(az->lock);
    return words;
}

const gl_glossary *
az_glossary(const az_analyzer *az)
{
    return az->glossary;
}

void
az_limit_cache(az_analyzer *az, guint max_words)
{
    g_mutex_lock(az->lock);
    az->cache_max = MAX(max_words, 1);
    if (g_hash_table_size(az->cache) > az->cache_max)
        g_hash_table_remove_all(az->cache);
    g_mutex_unlock(az->lock);
}
