/* doc.c — the Word 97-2003 handler (.doc, .dot): the binary Word format of
 * an OLE2 compound file, read from memory with libgsf.
 *
 * The text is where the piece table (the CLX of the table stream) says:
 * runs of characters, 8-bit or UTF-16, in character-position (CP) order.
 * The document's stories follow one another in CP space: the body, the
 * footnotes, the headers and footers, (macros), the comments, the
 * endnotes, the text boxes.  Paragraph marks end blocks; a paragraph's
 * properties (in a table, a table row's end, its style and outline level)
 * and a run's (hidden, deleted in a tracked change) come from the
 * formatted disk pages the bin tables point to, looked up by the file
 * offset (FC) of each character.  So, as for DOCX: headings by their
 * built-in style (Heading 1-9) or outline level become sections; tables
 * row by row; footnotes and endnotes after the paragraph that refers to
 * them; headers and footers once; text boxes after the body; field codes
 * left out and their results kept (a table of contents' result left out);
 * comments and tracked deletions left out; hidden text left out with a
 * warning unless covered-text = keep.  Title and date (created, else
 * last saved) come from the SummaryInformation stream.  The numbers Word
 * generates for numbered lists are not in the text stream and are not
 * shown; typed numbers are.
 *
 * An encrypted or obfuscated file is reported as encrypted; Word 6.0/95
 * and older files, and an OLE file without a WordDocument stream (Excel,
 * PowerPoint), are skipped with the reason.  A WordDocument stream that
 * libgsf lists but cannot read (its sector chain loops or is cut), or a
 * directory that lists Word's table stream without it (the directory's
 * chain damaged), is a damaged file, a failure: not another program's.  Every offset and count the
 * file claims is checked against what it holds: a damaged file is
 * reported, never read past its end.
 *
 * Not for: the OLE container (libgsf), cutting text into units (flow.c),
 * Word 2007+ files (docx.c).
 */
#include <gsf/gsf-doc-meta-data.h>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-meta-names.h>
#include <gsf/gsf-msole-utils.h>
#include <gsf/gsf-timestamp.h>
#include <gsf/gsf-utils.h>
#include <string.h>

#include "indexer/flow.h"
#include "indexer/handler.h"

#define DOC_LABEL        "Word 97-2003 document"
#define IX_MAX_DOC_BYTES (256u * 1024 * 1024)
/* Characters read at most, over all stories: far beyond any decision or
 * code.  A file's own bound is lower: each character takes at least a
 * byte of the WordDocument stream, and a genuine piece table never names
 * a byte twice, so one whose pieces share their bytes (a few kilobytes
 * read over and over, a damaged or hostile file) is cut at the stream's
 * length in characters. */
#define DOC_MAX_CHARS    (32u << 20)
/* Word 97's nFib; Word 6.0 and 95 wrote 101-105. */
#define DOC_NFIB_97      0x00C1
#define DOC_FKP          512
/* Fields nested deeper than this are read as text. */
#define DOC_MAX_FIELDS   32

/* The stories in CP order (FibRgLw97's ccp* counts). */
enum { STORY_TEXT, STORY_FTN, STORY_HDD, STORY_MCR, STORY_ATN, STORY_EDN, STORY_TXBX, STORY_HDRTXBX, N_STORIES };

/* FibRgFcLcb97's pairs this reader uses, by index. */
enum {
    FCLCB_STSHF = 1,
    FCLCB_PLCFFNDREF = 2,
    FCLCB_PLCFFNDTXT = 3,
    FCLCB_PLCFHDD = 11,
    FCLCB_PLCFBTECHPX = 12,
    FCLCB_PLCFBTEPAPX = 13,
    FCLCB_CLX = 33,
    FCLCB_PLCFENDREF = 46,
    FCLCB_PLCFENDTXT = 47,
    N_FCLCB = 48,
};

/* Single-property modifiers read here. */
#define SPRM_P_IN_TABLE  0x2416
#define SPRM_P_TTP       0x2417
#define SPRM_P_OUTLVL    0x2640
#define SPRM_P_ITAP      0x6649
#define SPRM_P_INNER_TTP 0x244C
#define SPRM_C_RMARK_DEL 0x0800
#define SPRM_C_VANISH    0x083C

static guint16
u16(const guint8 *p)
{
    return (guint16)(p[0] | p[1] << 8);
}

static guint32
u32(const guint8 *p)
{
    return (guint32)p[0] | (guint32)p[1] << 8 | (guint32)p[2] << 16 | (guint32)p[3] << 24;
}

typedef struct {
    guint32 cp, cp_end; /* [cp, cp_end) */
    guint32 fc;         /* the byte offset of cp in the WordDocument stream */
    bool compressed;    /* one byte a character (Windows-1252), else UTF-16LE */
} doc_piece;

typedef struct {
    guint32 fc, fc_end;
    guint16 istd;
    bool in_table, row_end;
    int outline; /* 0-8, or -1 */
} doc_para;

typedef struct {
    guint32 fc, fc_end;
    bool hidden, deleted;
} doc_run;

typedef struct {
    gsize file_len;
    const guint8 *word;
    gsize word_len;
    const guint8 *table;
    gsize table_len;
    guint32 ccp[N_STORIES];
    guint32 fc[N_FCLCB], lcb[N_FCLCB];
    GArray *pieces; /* doc_piece, by cp */
    GArray *paras;  /* doc_para, by fc */
    GArray *runs;   /* doc_run, by fc */
    GArray *sti;    /* guint16 per istd: the style's built-in identifier */
} doc_file;

/* A PLC of the table stream: n+1 CPs or FCs, then n items of `item` bytes.
 * False when `fc`/`lcb` do not hold one. */
static bool
plc(const doc_file *f, int which, gsize item, const guint8 **data, guint32 *n)
{
    guint32 fc = f->fc[which], lcb = f->lcb[which];
    if (lcb < 4 || fc > f->table_len || lcb > f->table_len - fc || (lcb - 4) % (4 + item) != 0)
        return false;
    *data = f->table + fc;
    *n = (lcb - 4) / (4 + (guint32)item);
    return true;
}

/* ---- The piece table ------------------------------------------------------ */

static bool
read_pieces(doc_file *f, GError **error)
{
    guint32 fc = f->fc[FCLCB_CLX], lcb = f->lcb[FCLCB_CLX];
    if (lcb == 0 || fc > f->table_len || lcb > f->table_len - fc) {
        g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                            "damaged " DOC_LABEL ": no piece table (CLX) in the table stream");
        return false;
    }
    const guint8 *p = f->table + fc, *end = p + lcb;
    /* Prc entries (formatting of pieces, not needed), then the Pcdt. */
    while (p < end && *p == 0x01) {
        if (end - p < 3) {
            p = end;
            break;
        }
        gsize cb = u16(p + 1);
        p += 3 + cb;
    }
    if (p + 5 > end || *p != 0x02) {
        g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                            "damaged " DOC_LABEL ": the piece table (CLX) has no piece descriptors");
        return false;
    }
    guint32 len = u32(p + 1);
    p += 5;
    if (len < 4 || len > (gsize)(end - p) || (len - 4) % 12 != 0) {
        g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                            "damaged " DOC_LABEL ": the piece descriptors overrun the table stream");
        return false;
    }
    guint32 n = (len - 4) / 12;
    const guint8 *pcd = p + 4 * (n + 1);
    for (guint32 i = 0; i < n; i++) {
        doc_piece pc;
        pc.cp = u32(p + 4 * i);
        pc.cp_end = u32(p + 4 * (i + 1));
        guint32 raw = u32(pcd + 8 * i + 2);
        pc.compressed = (raw & 0x40000000u) != 0;
        pc.fc = pc.compressed ? (raw & 0x3FFFFFFFu) / 2 : (raw & 0x3FFFFFFFu);
        if (pc.cp_end < pc.cp) {
            g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                                "damaged " DOC_LABEL ": the piece table's positions go backwards");
            return false;
        }
        guint64 bytes = (guint64)(pc.cp_end - pc.cp) * (pc.compressed ? 1 : 2);
        if (pc.fc > f->word_len || bytes > f->word_len - pc.fc) {
            g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                                "damaged " DOC_LABEL ": a piece of text lies outside the WordDocument stream");
            return false;
        }
        if (i > 0 && pc.cp < g_array_index(f->pieces, doc_piece, i - 1).cp_end) {
            g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                                "damaged " DOC_LABEL ": the piece table's pieces overlap");
            return false;
        }
        g_array_append_val(f->pieces, pc);
    }
    return true;
}

/* ---- Paragraph and character properties ---------------------------------- */

/* Calls `fn` with each single-property modifier of `grpprl` and its operand;
 * stops at the first that does not fit. */
static void
each_sprm(const guint8 *p, gsize len, void (*fn)(guint16 sprm, const guint8 *op, gsize n, void *user), void *user)
{
    const guint8 *end = p + len;
    while (end - p >= 2) {
        guint16 sprm = u16(p);
        p += 2;
        gsize n;
        switch (sprm >> 13) {
            case 0:
            case 1:
                n = 1;
                break;
            case 2:
            case 4:
            case 5:
                n = 2;
                break;
            case 3:
                n = 4;
                break;
            case 7:
                n = 3;
                break;
            default: /* 6: its size comes first */
                if (sprm == 0xD608 || sprm == 0xD606) {
                    /* A table's definition: two bytes of size, counting one
                 * more than the bytes that follow them. */
                    if (end - p < 2 || u16(p) == 0)
                        return;
                    n = u16(p) - 1u;
                    p += 2;
                } else {
                    if (end - p < 1 || (sprm == 0xC615 && *p == 0xFF))
                        return; /* tab stops' long form: nothing after it is needed */
                    n = *p;
                    p += 1;
                }
                break;
        }
        if ((gsize)(end - p) < n)
            return;
        fn(sprm, p, n, user);
        p += n;
    }
}

static void
para_sprm(guint16 sprm, const guint8 *op, gsize n, void *user)
{
    doc_para *pa = user;
    switch (sprm) {
        case SPRM_P_IN_TABLE:
            pa->in_table = op[0] != 0;
            break;
        case SPRM_P_TTP:
        case SPRM_P_INNER_TTP:
            pa->row_end = op[0] != 0;
            break;
        case SPRM_P_OUTLVL:
            pa->outline = op[0] <= 8 ? op[0] : -1;
            break;
        case SPRM_P_ITAP:
            if (n == 4 && u32(op) > 0)
                pa->in_table = true;
            break;
        default:
            break;
    }
}

static void
run_sprm(guint16 sprm, const guint8 *op, gsize n, void *user)
{
    (void)n;
    doc_run *r = user;
    /* 1: on; 0x81: the opposite of the style's, which is off in every
     * style read here. */
    bool on = op[0] == 0x01 || op[0] == 0x81;
    if (sprm == SPRM_C_VANISH)
        r->hidden = on;
    else if (sprm == SPRM_C_RMARK_DEL)
        r->deleted = on;
}

/* The formatted disk pages of a bin table (PlcBtePapx or PlcBteChpx), each
 * 512 bytes of the WordDocument stream: paragraphs' or runs' FC ranges and
 * their modifiers, appended to `paras` or `runs`. */
static void
read_fkps(doc_file *f, int which, bool paragraphs)
{
    const guint8 *plcdata;
    guint32 n;
    if (!plc(f, which, 4, &plcdata, &n))
        return;
    const guint8 *pns = plcdata + 4 * (n + 1);
    for (guint32 i = 0; i < n; i++) {
        guint64 at = (guint64)(u32(pns + 4 * i) & 0x3FFFFF) * DOC_FKP;
        if (at + DOC_FKP > f->word_len)
            continue;
        const guint8 *page = f->word + at;
        guint32 count = page[DOC_FKP - 1];
        /* rgfc[count + 1], then per entry 13 bytes (paragraphs) or 1. */
        gsize entry = paragraphs ? 13 : 1;
        if (count == 0 || 4 * (count + 1) + entry * count > DOC_FKP - 1)
            continue;
        for (guint32 k = 0; k < count; k++) {
            guint32 fc = u32(page + 4 * k), fc_end = u32(page + 4 * (k + 1));
            guint offset = 2u * page[4 * (count + 1) + entry * k];
            if (paragraphs) {
                doc_para pa = {.fc = fc, .fc_end = fc_end, .outline = -1};
                if (offset > 0 && offset < DOC_FKP - 1) {
                    gsize cb = page[offset], len;
                    const guint8 *g;
                    if (cb != 0) {
                        len = 2 * cb - 1;
                        g = page + offset + 1;
                    } else {
                        len = 2 * (gsize)page[offset + 1];
                        g = page + offset + 2;
                    }
                    if (len >= 2 && g + len <= page + DOC_FKP - 1) {
                        pa.istd = u16(g);
                        each_sprm(g + 2, len - 2, para_sprm, &pa);
                    }
                }
                g_array_append_val(f->paras, pa);
            } else {
                doc_run r = {.fc = fc, .fc_end = fc_end};
                if (offset > 0 && offset < DOC_FKP - 1) {
                    gsize len = page[offset];
                    if (page + offset + 1 + len <= page + DOC_FKP - 1)
                        each_sprm(page + offset + 1, len, run_sprm, &r);
                }
                g_array_append_val(f->runs, r);
            }
        }
    }
}

static int
compare_fc(gconstpointer a, gconstpointer b)
{
    guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;
    return x < y ? -1 : x > y;
}

/* The entry of `array` (doc_para or doc_run, each opening with fc and
 * fc_end) whose range holds `fc`, or NULL. */
static const void *
range_at(GArray *array, gsize size, guint32 fc)
{
    guint lo = 0, hi = array->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        const guint32 *e = (const guint32 *)(array->data + (gsize)mid * size);
        if (fc < e[0])
            hi = mid;
        else if (fc >= e[1])
            lo = mid + 1;
        else
            return e;
    }
    return NULL;
}

/* Each style's built-in identifier (sti: 1-9 are Heading 1-9), from the
 * style sheet (STSH). */
static void
read_styles(doc_file *f)
{
    guint32 fc = f->fc[FCLCB_STSHF], lcb = f->lcb[FCLCB_STSHF];
    if (lcb < 4 || fc > f->table_len || lcb > f->table_len - fc)
        return;
    const guint8 *p = f->table + fc, *end = p + lcb;
    guint16 cb_stshi = u16(p);
    if (cb_stshi < 2 || (gsize)cb_stshi + 2 > lcb)
        return;
    guint16 count = u16(p + 2);
    p += 2 + cb_stshi;
    for (guint i = 0; i < count && end - p >= 2; i++) {
        guint16 cb = u16(p);
        guint16 sti = 0x0FFE; /* "no style" */
        if (cb >= 2 && end - p >= 2 + cb)
            sti = u16(p + 2) & 0x0FFF;
        g_array_append_val(f->sti, sti);
        p += 2 + cb;
    }
}

/* ---- Reading the stories -------------------------------------------------- */

/* Windows-1252's 0x80-0x9F (an 8-bit piece's bytes; the rest are Latin-1). */
static const gunichar cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

typedef struct {
    bool code; /* between the field's begin and its separator: its instructions */
    bool toc;  /* a table of contents (or index): its result is left out */
    GString *instr;
} doc_field;

typedef struct doc_reader {
    const doc_file *f;
    ix_flow *fl;      /* the body's blocks; NULL while reading a note */
    GString *para;    /* the paragraph being read */
    GString *cell;    /* the table cell being read */
    GPtrArray *cells; /* the row being read */
    bool table_open;  /* rows were added since the last table end */
    GArray *fields;   /* doc_field, innermost last */
    guint32 too_deep; /* fields begun past DOC_MAX_FIELDS, not followed */
    bool fields_off;  /* a field was never ended: every field's text is shown */
    bool keep_hidden; /* covered-text = keep */
    guint64 hidden;   /* characters of hidden text left out */
    guint64 budget;   /* characters still to be read */
    /* The notes: their reference CPs in the body and their texts. */
    const guint8 *fn_ref, *en_ref;
    guint32 fn_n, en_n;
    const guint8 *fn_txt, *en_txt;
    guint32 fn_txt_n, en_txt_n;
    bool in_note;
} doc_reader;

static bool
shown(const doc_reader *rd)
{
    for (guint i = 0; i < rd->fields->len; i++) {
        const doc_field *fd = &g_array_index(rd->fields, doc_field, i);
        if (fd->code || fd->toc)
            return false;
    }
    return true;
}

static void
fields_clear(doc_reader *rd)
{
    for (guint i = 0; i < rd->fields->len; i++)
        g_string_free(g_array_index(rd->fields, doc_field, i).instr, TRUE);
    g_array_set_size(rd->fields, 0);
}

static void read_story(doc_reader *rd, guint32 from, guint32 to, GString *plain);

/* The text of note `i` of a notes story (PlcffndTxt / PlcfendTxt: CPs from
 * the story's start), read on its own, blocks joined by spaces. */
static char *
note_text(doc_reader *rd, const guint8 *txt, guint32 n, guint32 story_start, guint32 i)
{
    if (i >= n)
        return NULL;
    guint32 a = u32(txt + 4 * i), b = u32(txt + 4 * (i + 1));
    if (b <= a)
        return NULL;
    GString *plain = g_string_new(NULL);
    ix_flow *fl = rd->fl;
    GString *para = rd->para;
    bool in_note = rd->in_note;
    GArray *fields = rd->fields;
    rd->fl = NULL;
    rd->para = g_string_new(NULL);
    rd->in_note = true;
    rd->fields = g_array_new(FALSE, FALSE, sizeof(doc_field));
    read_story(rd, story_start + a, story_start + b, plain);
    fields_clear(rd);
    g_array_free(rd->fields, TRUE);
    g_string_free(rd->para, TRUE);
    rd->fields = fields;
    rd->para = para;
    rd->fl = fl;
    rd->in_note = in_note;
    return g_string_free(plain, FALSE);
}

/* The index of `cp` among the `n` sorted CPs at `cps`, or -1. */
static gint64
cp_index(const guint8 *cps, guint32 n, guint32 cp)
{
    guint32 lo = 0, hi = n;
    while (lo < hi) {
        guint32 mid = lo + (hi - lo) / 2, at = u32(cps + 4 * mid);
        if (at == cp)
            return mid;
        if (at < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* A note reference at body position `cp`: its note, after the block. */
static void
note_at(doc_reader *rd, guint32 cp)
{
    const guint32 ftn = rd->f->ccp[STORY_TEXT];
    guint32 edn = ftn;
    for (int s = STORY_FTN; s < STORY_EDN; s++)
        edn += rd->f->ccp[s];
    char *t = NULL;
    gint64 i = cp_index(rd->fn_ref, rd->fn_n, cp);
    if (i >= 0) {
        t = note_text(rd, rd->fn_txt, rd->fn_txt_n, ftn, (guint32)i);
    } else if ((i = cp_index(rd->en_ref, rd->en_n, cp)) >= 0) {
        t = note_text(rd, rd->en_txt, rd->en_txt_n, edn, (guint32)i);
    }
    if (t != NULL && rd->fl != NULL)
        ix_flow_note(rd->fl, NULL, t);
    g_free(t);
}

static void
row_done(doc_reader *rd)
{
    if (rd->cell->len > 0) {
        g_ptr_array_add(rd->cells, g_string_free(rd->cell, FALSE));
        rd->cell = g_string_new(NULL);
    }
    if (rd->cells->len > 0) {
        if (rd->fl)
            ix_flow_row(rd->fl, rd->cells);
        rd->table_open = true;
        g_ptr_array_set_size(rd->cells, 0);
    }
}

static void
table_done(doc_reader *rd)
{
    row_done(rd);
    if (rd->table_open && rd->fl)
        ix_flow_table_end(rd->fl);
    rd->table_open = false;
}

/* The paragraph read so far ends at the mark with file offset `fc`. */
static void
paragraph_end(doc_reader *rd, guint32 fc, gunichar mark, GString *plain)
{
    const doc_para *pa = range_at(rd->f->paras, sizeof(doc_para), fc);
    bool in_table = pa && pa->in_table;
    if (mark == 0x07 && pa == NULL)
        in_table = true; /* no properties: a cell mark is still a cell's end */
    if (plain != NULL) {
        /* A note or header: blocks joined by spaces, cells by " | ". */
        if (rd->para->len > 0) {
            if (plain->len > 0)
                g_string_append(plain, mark == 0x07 && in_table ? " | " : " ");
            g_string_append_len(plain, rd->para->str, rd->para->len);
        }
        g_string_truncate(rd->para, 0);
        return;
    }
    if (in_table) {
        if (mark == 0x07 && pa && pa->row_end) {
            g_string_truncate(rd->para, 0);
            row_done(rd);
            return;
        }
        if (rd->cell->len > 0 && rd->para->len > 0)
            g_string_append_c(rd->cell, ' ');
        g_string_append_len(rd->cell, rd->para->str, rd->para->len);
        g_string_truncate(rd->para, 0);
        if (mark == 0x07) {
            g_ptr_array_add(rd->cells, g_string_free(rd->cell, FALSE));
            rd->cell = g_string_new(NULL);
        }
        return;
    }
    table_done(rd);
    int level = 0;
    if (pa) {
        guint16 sti = pa->istd < rd->f->sti->len ? g_array_index(rd->f->sti, guint16, pa->istd) : 0x0FFE;
        if (sti >= 1 && sti <= 9)
            level = sti;
        else if (pa->outline >= 0)
            level = pa->outline + 1;
    }
    if (level > 0)
        ix_flow_heading(rd->fl, level, rd->para->str);
    else
        ix_flow_paragraph(rd->fl, rd->para->str);
    g_string_truncate(rd->para, 0);
}

static void
field_char(doc_reader *rd, gunichar c)
{
    if (rd->fields_off)
        return;
    if (c == 0x13 && rd->fields->len >= DOC_MAX_FIELDS) {
        rd->too_deep++;
    } else if (c == 0x15 && rd->too_deep > 0) {
        rd->too_deep--;
    } else if (c == 0x14 && rd->too_deep > 0) {
        /* a separator of a field not followed */
    } else if (c == 0x13) {
        doc_field fd = {.code = true, .instr = g_string_new(NULL)};
        g_array_append_val(rd->fields, fd);
    } else if (c == 0x14 && rd->fields->len > 0) {
        doc_field *fd = &g_array_index(rd->fields, doc_field, rd->fields->len - 1);
        if (fd->code) {
            fd->code = false;
            const char *s = fd->instr->str;
            while (*s == ' ')
                s++;
            /* A field's name is its first word: TOC and INDEX, not TOCX. */
            fd->toc = (g_ascii_strncasecmp(s, "TOC", 3) == 0 && (s[3] == ' ' || s[3] == '\0')) ||
                      (g_ascii_strncasecmp(s, "INDEX", 5) == 0 && (s[5] == ' ' || s[5] == '\0'));
        }
    } else if (c == 0x15 && rd->fields->len > 0) {
        g_string_free(g_array_index(rd->fields, doc_field, rd->fields->len - 1).instr, TRUE);
        g_array_set_size(rd->fields, rd->fields->len - 1);
    }
}

/* One character at body or story position `cp`, file offset `fc`. */
static void
character(doc_reader *rd, guint32 cp, guint32 fc, gunichar c, GString *plain)
{
    const doc_run *run = range_at(rd->f->runs, sizeof(doc_run), fc);
    if (run && run->deleted)
        return;
    if (c == 0x13 || c == 0x14 || c == 0x15) {
        field_char(rd, c);
        return;
    }
    if (rd->fields->len > 0 && !shown(rd)) {
        /* Inside a field's instructions: kept to tell a table of
         * contents; its paragraphs' marks are the field's own. */
        doc_field *fd = &g_array_index(rd->fields, doc_field, rd->fields->len - 1);
        if (fd->code && c >= 0x20 && fd->instr->len < 64)
            g_string_append_unichar(fd->instr, c);
        return;
    }
    if (c == 0x0D || c == 0x07 || c == 0x0C || c == 0x0E) {
        paragraph_end(rd, fc, c, plain);
        return;
    }
    if (run && run->hidden && !rd->keep_hidden) {
        rd->hidden++;
        return;
    }
    switch (c) {
        case 0x02: /* an automatically numbered note's reference */
            if (!rd->in_note && plain == NULL)
                note_at(rd, cp);
            return;
        case 0x09:
            g_string_append_c(rd->para, '\t');
            return;
        case 0x0B:
            g_string_append_c(rd->para, '\n');
            return;
        case 0x1E: /* a non-breaking hyphen */
            g_string_append_c(rd->para, '-');
            return;
        default:
            break;
    }
    if (c < 0x20 || c == 0x1F || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF)
        return; /* pictures, objects, separators, optional hyphens */
    g_string_append_unichar(rd->para, c);
}

/* The first piece ending after `cp` (pieces are in CP order). */
static guint
piece_after(const GArray *pieces, guint32 cp)
{
    guint lo = 0, hi = pieces->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (g_array_index(pieces, doc_piece, mid).cp_end <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Reads the characters of CP range [from, to): blocks into the flow, or,
 * with `plain`, into one line of text. */
static void
read_story(doc_reader *rd, guint32 from, guint32 to, GString *plain)
{
    const GArray *pieces = rd->f->pieces;
    for (guint i = piece_after(pieces, from); i < pieces->len && rd->budget > 0; i++) {
        const doc_piece *pc = &g_array_index(pieces, doc_piece, i);
        if (pc->cp >= to)
            break;
        guint32 a = MAX(from, pc->cp), b = MIN(to, pc->cp_end);
        for (guint32 cp = a; cp < b && rd->budget > 0; cp++, rd->budget--) {
            guint32 k = cp - pc->cp;
            guint32 fc;
            gunichar c;
            if (pc->compressed) {
                fc = pc->fc + k;
                guint8 byte = rd->f->word[fc];
                c = byte >= 0x80 && byte < 0xA0 ? cp1252_high[byte - 0x80] : byte;
            } else {
                fc = pc->fc + 2 * k;
                c = u16(rd->f->word + fc);
                if (c >= 0xD800 && c < 0xDC00 && cp + 1 < b) {
                    gunichar low = u16(rd->f->word + fc + 2);
                    if (low >= 0xDC00 && low < 0xE000) {
                        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                        cp++;
                        rd->budget--;
                    }
                }
            }
            character(rd, cp, fc, c, plain);
        }
    }
    /* A story's last paragraph may lack its mark. */
    if (rd->para->len > 0) {
        if (plain != NULL) {
            if (plain->len > 0)
                g_string_append_c(plain, ' ');
            g_string_append_len(plain, rd->para->str, rd->para->len);
        } else {
            table_done(rd);
            ix_flow_paragraph(rd->fl, rd->para->str);
        }
        g_string_truncate(rd->para, 0);
    }
    if (plain == NULL)
        table_done(rd);
}

/* The headers and footers: each story of PlcfHdd once (flow.h's asides). */
static void
read_headers(doc_reader *rd)
{
    const doc_file *f = rd->f;
    guint32 start = f->ccp[STORY_TEXT] + f->ccp[STORY_FTN];
    guint32 fc = f->fc[FCLCB_PLCFHDD], lcb = f->lcb[FCLCB_PLCFHDD];
    if (f->ccp[STORY_HDD] == 0 || lcb < 8 || fc > f->table_len || lcb > f->table_len - fc || lcb % 4 != 0)
        return;
    guint32 n = lcb / 4;
    const guint8 *cps = f->table + fc;
    for (guint32 i = 0; i + 1 < n; i++) {
        guint32 a = u32(cps + 4 * i), b = u32(cps + 4 * (i + 1));
        if (b <= a || b > f->ccp[STORY_HDD])
            continue;
        GString *plain = g_string_new(NULL);
        GArray *fields = rd->fields;
        rd->fields = g_array_new(FALSE, FALSE, sizeof(doc_field));
        read_story(rd, start + a, start + b, plain);
        fields_clear(rd);
        g_array_free(rd->fields, TRUE);
        rd->fields = fields;
        ix_flow_aside(rd->fl, plain->str);
        g_string_free(plain, TRUE);
    }
}

/* ---- Properties ----------------------------------------------------------- */

static const GValue *
property(GsfDocMetaData *md, const char *name)
{
    GsfDocProp *p = gsf_doc_meta_data_lookup(md, name);
    return p != NULL ? gsf_doc_prop_get_val(p) : NULL;
}

static char *
property_day(GsfDocMetaData *md, const char *name)
{
    const GValue *v = property(md, name);
    if (v == NULL || !G_VALUE_HOLDS(v, GSF_TIMESTAMP_TYPE))
        return NULL;
    const GsfTimestamp *ts = g_value_get_boxed(v);
    if (ts == NULL || ts->timet == 0)
        return NULL;
    GDateTime *t = g_date_time_new_from_unix_utc((gint64)ts->timet);
    char *day = NULL;
    if (t != NULL && g_date_time_get_year(t) >= 1900)
        day = g_date_time_format(t, "%Y-%m-%d");
    if (t != NULL)
        g_date_time_unref(t);
    return day;
}

/* Title and date (created, else last saved) where `doc` has none. */
static void
read_properties(GsfInfile *ole, zr_doc *doc)
{
    GsfInput *si = gsf_infile_child_by_name(ole, "\005SummaryInformation");
    if (si == NULL)
        return;
    GsfDocMetaData *md = gsf_doc_meta_data_new();
    GError *err = gsf_doc_meta_data_read_from_msole(md, si);
    if (err == NULL) {
        const GValue *title = property(md, GSF_META_NAME_TITLE);
        if (doc->title == NULL && title != NULL && G_VALUE_HOLDS_STRING(title)) {
            const char *t = g_value_get_string(title);
            if (t != NULL && g_utf8_validate(t, -1, NULL)) {
                char *s = g_strstrip(g_strdup(t));
                if (*s)
                    doc->title = s;
                else
                    g_free(s);
            }
        }
        if (doc->date == NULL)
            doc->date = property_day(md, GSF_META_NAME_DATE_CREATED);
        if (doc->date == NULL)
            doc->date = property_day(md, GSF_META_NAME_DATE_MODIFIED);
    }
    g_clear_error(&err);
    g_object_unref(md);
    g_object_unref(si);
}

/* ---- The handler ---------------------------------------------------------- */

static const unsigned char ole_magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

static ix_sniff
sniff_doc(const unsigned char *head, size_t n, const ix_handler *named)
{
    (void)named;
    /* Any OLE file: the extractor tells Word from Excel and PowerPoint. */
    return n >= 8 && memcmp(head, ole_magic, 8) == 0 ? IX_SNIFF_YES : IX_SNIFF_NO;
}

/* The whole of `name`, or NULL (not there, or unreadable: `*there`, when
 * given, tells them apart). */
static guint8 *
stream(GsfInfile *ole, const char *name, gsize cap, gsize *len, bool *there)
{
    GsfInput *in = gsf_infile_child_by_name(ole, name);
    if (there != NULL)
        *there = in != NULL;
    if (in == NULL)
        return NULL;
    gsf_off_t size = gsf_input_size(in);
    guint8 *data = NULL;
    if (size >= 0 && (guint64)size <= cap) {
        data = g_malloc((gsize)size + 1);
        if (size > 0 && gsf_input_read(in, (size_t)size, data) == NULL)
            g_clear_pointer(&data, g_free);
        else
            *len = (gsize)size;
    }
    g_object_unref(in);
    return data;
}

/* Whether the OLE directory lists `name`. */
static bool
has_child(GsfInfile *ole, const char *name)
{
    GsfInput *in = gsf_infile_child_by_name(ole, name);
    if (in != NULL)
        g_object_unref(in);
    return in != NULL;
}

/* The FIB: stories' lengths and the table stream's structures. */
static ix_extract_status
read_fib(doc_file *f, GsfInfile *ole, guint8 **table, GError **error)
{
    const guint8 *w = f->word;
    if (f->word_len < 68 || u16(w) != 0xA5EC) {
        g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                            "damaged " DOC_LABEL ": no file information block");
        return IX_EXTRACT_FAIL;
    }
    guint16 nfib = u16(w + 2), flags = u16(w + 0x0A);
    if (flags & 0x0100) { /* fEncrypted: a password, or Word's obfuscation */
        g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_ENCRYPTED, "encrypted (password required)");
        return IX_EXTRACT_FAIL;
    }
    if (nfib < DOC_NFIB_97) {
        g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED,
                            "a Word 6.0/95 or older document is not read: save it as .docx (or .odt)");
        return IX_EXTRACT_SKIP;
    }
    gsize at = 32;
    guint16 csw = u16(w + at);
    at += 2 + 2 * (gsize)csw;
    if (at + 2 > f->word_len)
        goto damaged;
    guint16 cslw = u16(w + at);
    at += 2;
    if (cslw < 11 || at + 4 * (gsize)cslw + 2 > f->word_len)
        goto damaged;
    for (int s = 0; s < N_STORIES; s++)
        f->ccp[s] = u32(w + at + 4 * (3 + s));
    at += 4 * (gsize)cslw;
    guint16 pairs = u16(w + at);
    at += 2;
    if (at + 8 * (gsize)pairs > f->word_len)
        goto damaged;
    for (int i = 0; i < N_FCLCB && i < pairs; i++) {
        f->fc[i] = u32(w + at + 8 * i);
        f->lcb[i] = u32(w + at + 8 * i + 4);
    }
    *table = stream(ole, (flags & 0x0200) ? "1Table" : "0Table", f->file_len, &f->table_len, NULL);
    if (*table == NULL) {
        g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                            "damaged " DOC_LABEL ": no table stream");
        return IX_EXTRACT_FAIL;
    }
    f->table = *table;
    return IX_EXTRACT_OK;
damaged:
    g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                        "damaged " DOC_LABEL ": its file information block is cut short");
    return IX_EXTRACT_FAIL;
}

static ix_extract_status
extract_doc(const ix_extractor *ex, const ix_input *in, const char *type_hint, zr_doc *doc, GError **error)
{
    GError *gerr = NULL;
    GsfInput *mem = gsf_input_memory_new((const guint8 *)in->data, (gsf_off_t)in->len, FALSE);
    GsfInfile *ole = mem != NULL ? gsf_infile_msole_new(mem, &gerr) : NULL;
    if (mem != NULL)
        g_object_unref(mem);
    if (ole == NULL) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "damaged OLE compound file: %s",
                    gerr ? gerr->message : "not readable");
        g_clear_error(&gerr);
        return IX_EXTRACT_FAIL;
    }
    doc_file f = {.file_len = in->len};
    bool listed = false;
    guint8 *word = stream(ole, "WordDocument", in->len, &f.word_len, &listed), *table = NULL;
    ix_extract_status status = IX_EXTRACT_FAIL;
    if (word == NULL) {
        GsfInput *enc = gsf_infile_child_by_name(ole, "EncryptedPackage");
        if (enc != NULL) {
            g_object_unref(enc);
            g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_ENCRYPTED, "encrypted (password required)");
        } else if (listed) {
            g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                                "damaged OLE compound file: its WordDocument stream cannot be read (its chain of "
                                "sectors loops, or leaves the file)");
        } else if (has_child(ole, "1Table") || has_child(ole, "0Table")) {
            /* Word's table stream without the text it indexes: the
             * directory lost entries (its own sector chain damaged). */
            g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                                "damaged OLE compound file: its directory lists Word's table stream but no "
                                "WordDocument stream (the directory is damaged)");
        } else {
            g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED,
                                "an Office 97-2003 file that is not a Word document (Excel or PowerPoint?) is not "
                                "read: save it as .docx or .odt, or its text as .txt");
            status = IX_EXTRACT_SKIP;
        }
        g_object_unref(ole);
        return status;
    }
    f.word = word;
    f.pieces = g_array_new(FALSE, FALSE, sizeof(doc_piece));
    f.paras = g_array_new(FALSE, FALSE, sizeof(doc_para));
    f.runs = g_array_new(FALSE, FALSE, sizeof(doc_run));
    f.sti = g_array_new(FALSE, FALSE, sizeof(guint16));
    status = read_fib(&f, ole, &table, error);
    if (status == IX_EXTRACT_OK && !read_pieces(&f, error))
        status = IX_EXTRACT_FAIL;
    if (status == IX_EXTRACT_OK) {
        read_fkps(&f, FCLCB_PLCFBTEPAPX, true);
        read_fkps(&f, FCLCB_PLCFBTECHPX, false);
        g_array_sort(f.paras, compare_fc);
        g_array_sort(f.runs, compare_fc);
        read_styles(&f);
        read_properties(ole, doc);

        ix_flow fl;
        ix_flow_init(&fl);
        doc_reader rd = {
            .f = &f,
            .fl = &fl,
            .para = g_string_new(NULL),
            .cell = g_string_new(NULL),
            .cells = g_ptr_array_new_with_free_func(g_free),
            .fields = g_array_new(FALSE, FALSE, sizeof(doc_field)),
            .keep_hidden = ix_extractor_keep_covered(ex),
            .budget = MIN((guint64)DOC_MAX_CHARS, f.word_len),
        };
        const guint64 budget = rd.budget;
        if (!plc(&f, FCLCB_PLCFFNDREF, 2, &rd.fn_ref, &rd.fn_n) ||
            !plc(&f, FCLCB_PLCFFNDTXT, 0, &rd.fn_txt, &rd.fn_txt_n))
            rd.fn_n = rd.fn_txt_n = 0;
        if (!plc(&f, FCLCB_PLCFENDREF, 2, &rd.en_ref, &rd.en_n) ||
            !plc(&f, FCLCB_PLCFENDTXT, 0, &rd.en_txt, &rd.en_txt_n))
            rd.en_n = rd.en_txt_n = 0;
        guint32 txbx = 0;
        for (int s = STORY_TEXT; s < STORY_TXBX; s++)
            txbx += f.ccp[s];
        read_story(&rd, 0, f.ccp[STORY_TEXT], NULL);
        if (rd.fields->len > 0 || rd.too_deep > 0) {
            /* A field begun and never ended (its end deleted, or the file
             * damaged) would hide everything after it: the body again,
             * with every field's text shown. */
            fields_clear(&rd);
            rd.too_deep = 0;
            ix_flow_clear(&fl);
            ix_flow_init(&fl);
            g_ptr_array_set_size(rd.cells, 0);
            g_string_truncate(rd.cell, 0);
            g_string_truncate(rd.para, 0);
            rd.table_open = false;
            rd.hidden = 0;
            rd.budget = budget;
            rd.fields_off = true;
            read_story(&rd, 0, f.ccp[STORY_TEXT], NULL);
        }
        fields_clear(&rd);
        /* Text boxes after the body, each paragraph a block. */
        if (f.ccp[STORY_TXBX] > 0)
            read_story(&rd, txbx, txbx + f.ccp[STORY_TXBX], NULL);
        fields_clear(&rd);
        read_headers(&rd);
        if (rd.budget == 0 && budget < DOC_MAX_CHARS)
            g_ptr_array_add(doc->warnings,
                            g_strdup_printf("the piece table names more text than the WordDocument stream holds: "
                                            "text cut at %" G_GUINT64_FORMAT " characters",
                                            budget));
        else if (rd.budget == 0)
            g_ptr_array_add(doc->warnings, g_strdup_printf("text cut at %u characters", DOC_MAX_CHARS));
        if (rd.hidden > 0)
            g_ptr_array_add(doc->warnings,
                            g_strdup_printf("%" G_GUINT64_FORMAT
                                            " characters of hidden text (Word's hidden formatting) left out",
                                            rd.hidden));
        if (ix_flow_add_units(ex, &fl, doc, type_hint)) {
            status = IX_EXTRACT_OK;
        } else {
            g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "no text");
            status = IX_EXTRACT_FAIL;
        }
        fields_clear(&rd);
        g_array_free(rd.fields, TRUE);
        g_ptr_array_unref(rd.cells);
        g_string_free(rd.cell, TRUE);
        g_string_free(rd.para, TRUE);
        ix_flow_clear(&fl);
    }
    g_array_free(f.pieces, TRUE);
    g_array_free(f.paras, TRUE);
    g_array_free(f.runs, TRUE);
    g_array_free(f.sti, TRUE);
    g_free(table);
    g_free(word);
    g_object_unref(ole);
    return status;
}

/* libgsf says what it finds wrong in a damaged compound file as GLib
 * criticals on stderr; the file's failure is reported with its reason. */
static void
quiet(const char *domain, GLogLevelFlags level, const char *message, void *user)
{
    (void)domain, (void)level, (void)message, (void)user;
}

static void
setup_doc(void)
{
    gsf_init();
    g_log_set_handler("libgsf:msole", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING, quiet, NULL);
    g_log_set_handler("libgsf", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING, quiet, NULL);
}

const ix_handler ix_doc_handler = {
    .format = "doc",
    .label = "Word 97-2003",
    .kind = "Word 97-2003 (DOC)",
    .extensions = NULL, /* by content only: a text file named .doc is still read as text */
    .name_rule = IX_NAME_HINTS,
    .sniff = sniff_doc,
    .max_bytes = IX_MAX_DOC_BYTES,
    .setup = setup_doc,
    .extract = extract_doc,
};
