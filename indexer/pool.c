/* pool.c — worker processes started, fed, watched and replaced (pool.h).
 *
 * Not for: the worker's side (worker.c) or the frames' contents
 * (protocol.c).
 */
#include "indexer/pool.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "indexer/protocol.h"

/* Pages of one file whose OCR may be left out before the file fails: a
 * file of many hanging pages is hostile, not unlucky. */
#define MAX_SKIPPED_PAGES 3
/* Files queued in a worker's socket behind the one it is on.  One was too
 * few: while this side wrote a large statute's answer and committed, a
 * worker on short files finished both and sat idle (the statutes as PDFs,
 * six alternating runs each: a median 1.72 of 2 cores busy with one, 1.77
 * with three). */
#define FEED_AHEAD 3

typedef struct worker {
    pid_t pid; /* 0: no worker in this slot */
    int fd;
    ix_job *job;     /* the file it is on; NULL when idle */
    GQueue queued;   /* ix_job*: the files sent after it, begun in turn as each before is answered */
    GByteArray *buf; /* frames received, not yet handled */
    guint32 page;    /* the page whose OCR it is on; 0: parsing */
    bool rendering;  /* that page is being rendered, not yet recognised */
    gint64 phase_started;
} worker;

typedef struct pool {
    const ix_pool_options *po;
    const ix_pool_callbacks *cb;
    worker *ws;
    unsigned n;
    GQueue retry; /* ix_job*: files to read again without a page */
} pool;

/* Forks the worker of slot `i`.  The child keeps only its own socket. */
static bool
start_worker(pool *p, unsigned i)
{
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
        return false;
    fflush(NULL);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        close(sv[0]);
        close(sv[1]);
        return false;
    }
    if (pid == 0) {
        close(sv[0]);
        for (unsigned k = 0; k < p->n; k++)
            if (p->ws[k].pid)
                close(p->ws[k].fd);
        ix_worker_main(sv[1], parent, p->po->setup);
    }
    close(sv[1]);
    p->ws[i] = (worker){.pid = pid, .fd = sv[0], .buf = g_byte_array_new()};
    return true;
}

/* Sends `j` to a worker: the file it is on when it is idle, else the one
 * it reads next.  A worker reads its jobs one after the other from its
 * socket, so the second waits there and the worker goes on to it without
 * waiting for this side, which may be busy writing another answer. */
static bool
send_job(worker *w, ix_job *j)
{
    GByteArray *m = ix_job_encode(j->source_index, j->relpath, j->abspath, j->skip);
    bool ok = ix_send_frame(w->fd, m->data, m->len);
    g_byte_array_free(m, TRUE);
    if (w->job != NULL) {
        g_queue_push_tail(&w->queued, j);
        return ok;
    }
    w->job = j;
    w->page = 0;
    w->rendering = false;
    w->phase_started = g_get_monotonic_time();
    g_byte_array_set_size(w->buf, 0);
    return ok;
}

/* The CPU seconds the phase a worker is in may take. */
static unsigned
phase_budget(const pool *p, const worker *w)
{
    if (w->page && w->rendering)
        return ix_render_cpu_seconds(p->po->setup->ocr_page_cpu_s);
    return w->page ? p->po->setup->ocr_page_cpu_s : p->po->setup->parse_cpu_s;
}

/* Why a busy worker ended: `timed_out` when this side killed it at the
 * wall-clock limit of its phase. */
static char *
describe_end(const pool *p, const worker *w, int status, bool timed_out)
{
    unsigned budget = phase_budget(p, w);
    bool cpu_out = WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU;
    if (w->page && w->rendering && (timed_out || cpu_out))
        return ix_render_limit_reason(w->page, p->po->setup->ocr_page_cpu_s);
    if (timed_out)
        return w->page ? g_strdup_printf("page %u: OCR took more than %u s", w->page, p->po->wall_factor * budget)
                       : g_strdup_printf("timed out while parsing (no answer in %u s)", p->po->wall_factor * budget);
    if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        if (sig == SIGXCPU)
            return w->page ? g_strdup_printf("page %u: OCR took more than %u s of CPU", w->page, budget)
                           : g_strdup_printf("timed out while parsing (more than %u s of CPU)", budget);
        if (sig == SIGKILL)
            return g_strdup("extractor was killed (memory limit?)");
        return g_strdup_printf("extractor crashed (%s)", g_strsignal(sig));
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
        return g_strdup_printf("extractor failed (exit status %d)", WEXITSTATUS(status));
    return NULL;
}

/* A file whose worker ran out of time on a page's OCR is read again
 * without that page (the pages before it come from the OCR cache), up to
 * MAX_SKIPPED_PAGES; true when it was queued again. */
static bool
retry_without_page(pool *p, ix_job *j, guint32 page, bool rendering, const char *reason)
{
    if (page == 0 || (j->skip && j->skip->len >= MAX_SKIPPED_PAGES))
        return false;
    if (!j->skip)
        j->skip = g_array_new(FALSE, FALSE, sizeof(guint32));
    /* A page the renderer hung on: every page of the file would (poppler's
     * hang is in the document, its form fields), so OCR stops there. */
    guint32 skip = rendering ? page | IX_SKIP_FROM : page;
    g_array_append_val(j->skip, skip);
    char *note = j->note ? g_strdup_printf("%s; %s, %s", j->note, reason, rendering ? "OCR stopped there" : "left out")
                         : g_strdup_printf("%s, %s", reason, rendering ? "OCR stopped there" : "left out");
    g_free(j->note);
    j->note = note;
    g_queue_push_tail(&p->retry, j);
    return true;
}

/* Ends the worker of a slot (killing it first when `kill_it`); the file it
 * was on, if any, fails with the reason, is queued again without the page
 * it hung on, or (`abandon`: the run is stopping) is dropped unrecorded,
 * for the next run.  The file sent to follow it, never begun, goes back to
 * the front of the queue (or is dropped with the rest when abandoning).
 * The slot is then empty and gets a new worker when there is work for
 * it. */
static void
end_worker(pool *p, worker *w, bool kill_it, bool timed_out, bool abandon)
{
    int status = 0;
    if (kill_it)
        kill(w->pid, SIGKILL);
    close(w->fd);
    while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (w->job && abandon) {
        ix_job_free(w->job);
    } else if (w->job) {
        char *reason = describe_end(p, w, status, timed_out);
        bool hung_on_page = w->page && (timed_out || (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU));
        if (!(hung_on_page && retry_without_page(p, w->job, w->page, w->rendering, reason))) {
            p->cb->failed(w->job, reason ? reason : "extractor ended without an answer", p->cb->user);
            ix_job_free(w->job);
        }
        g_free(reason);
    }
    w->job = NULL;
    ix_job *q;
    while ((q = g_queue_pop_tail(&w->queued)) != NULL) {
        if (abandon)
            ix_job_free(q);
        else
            g_queue_push_head(&p->retry, q);
    }
    g_byte_array_free(w->buf, TRUE);
    memset(w, 0, sizeof *w);
}

/* Handles the complete frames a worker has sent: progress moves its
 * phase clock, an answer is handed on.  False when the worker was ended. */
static bool
handle_frames(pool *p, worker *w)
{
    gsize at = 0;
    while (w->job && w->buf->len - at >= 4) {
        guint32 len = 0;
        memcpy(&len, w->buf->data + at, sizeof len);
        if (len > IX_ANSWER_MAX) {
            p->cb->failed(w->job, "extractor sent a malformed record", p->cb->user);
            ix_job_free(w->job);
            w->job = NULL;
            end_worker(p, w, true, false, false);
            return false;
        }
        if (w->buf->len - at - 4 < (gsize)len)
            break;
        const guint8 *body = w->buf->data + at + 4;
        guint32 page = 0;
        if (len > 0 && body[0] == 'P') {
            if (ix_progress_decode(body, len, &page)) {
                w->page = page & ~IX_PAGE_RENDERING;
                w->rendering = (page & IX_PAGE_RENDERING) != 0;
                w->phase_started = g_get_monotonic_time();
            }
        } else {
            /* The worker is already on its next queued file, if it has
             * one: its clock starts now, before this answer is written. */
            ix_job *done = w->job;
            w->job = g_queue_pop_head(&w->queued);
            w->page = 0;
            w->rendering = false;
            w->phase_started = g_get_monotonic_time();
            p->cb->answer(done, body, len, p->cb->user);
            ix_job_free(done);
        }
        at += 4 + (gsize)len;
    }
    g_byte_array_remove_range(w->buf, 0, (guint)at);
    return true;
}

/* Reads what a busy worker has sent; ends the worker when it is gone. */
static void
read_worker(pool *p, worker *w, guint8 *chunk, gsize chunk_size)
{
    ssize_t got = read(w->fd, chunk, chunk_size);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got <= 0) {
        end_worker(p, w, false, false, false);
        return;
    }
    g_byte_array_append(w->buf, chunk, (guint)got);
    handle_frames(p, w);
}

/* The next file: one to read again first, then the walk's. */
static ix_job *
next_job(pool *p, GPtrArray *jobs, guint *next)
{
    ix_job *j = g_queue_pop_head(&p->retry);
    if (j == NULL && *next < jobs->len) {
        j = jobs->pdata[*next];
        jobs->pdata[(*next)++] = NULL;
    }
    return j;
}

void
ix_pool_run(const ix_pool_options *po, GPtrArray *jobs, const ix_pool_callbacks *cb)
{
    if (jobs->len == 0)
        return;
    unsigned n = po->workers;
    if (n < 1)
        n = 1;
    if (n > jobs->len)
        n = jobs->len;
    pool p = {po, cb, g_new0(worker, n), n, G_QUEUE_INIT};
    struct pollfd *pfds = g_new0(struct pollfd, n);
    gsize chunk_size = 1 << 18;
    guint8 *chunk = g_malloc(chunk_size);
    guint next = 0;
    for (;;) {
        if (cb->stopped(cb->user))
            break;
        unsigned busy = 0;
        for (unsigned i = 0; i < n; i++) {
            bool waiting = next < jobs->len || !g_queue_is_empty(&p.retry);
            if (!p.ws[i].pid && waiting && !start_worker(&p, i)) {
                ix_job *j = next_job(&p, jobs, &next);
                cb->failed(j, "cannot start an extractor process", cb->user);
                ix_job_free(j);
                continue;
            }
            if (p.ws[i].pid && !p.ws[i].job && waiting)
                /* A send that fails means the worker is gone: the read
                 * below sees its end and reports the file. */
                send_job(&p.ws[i], next_job(&p, jobs, &next));
            /* More files for a busy worker, while more files wait than
             * the workers have queued: near the end, a file queued behind a
             * long one could wait while another worker sat idle. */
            while (p.ws[i].pid && p.ws[i].job && p.ws[i].queued.length < FEED_AHEAD && g_queue_is_empty(&p.retry) &&
                   jobs->len - next > n * (p.ws[i].queued.length + 1))
                send_job(&p.ws[i], next_job(&p, jobs, &next));
            if (p.ws[i].job)
                busy++;
        }
        if (busy == 0 && next >= jobs->len && g_queue_is_empty(&p.retry))
            break;
        for (unsigned i = 0; i < n; i++) {
            pfds[i].fd = p.ws[i].job ? p.ws[i].fd : -1;
            pfds[i].events = POLLIN;
            pfds[i].revents = 0;
        }
        int r = poll(pfds, n, 250);
        gint64 now = g_get_monotonic_time();
        for (unsigned i = 0; i < n; i++) {
            worker *w = &p.ws[i];
            if (!w->job)
                continue;
            if (r > 0 && (pfds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
                read_worker(&p, w, chunk, chunk_size);
                continue;
            }
            /* The CPU limit is the worker's own (worker.c); this clock
             * catches a worker that hangs without using CPU. */
            gint64 wall = (gint64)po->wall_factor * phase_budget(&p, w) * G_USEC_PER_SEC;
            if (now - w->phase_started > wall)
                end_worker(&p, w, true, true, false);
        }
    }
    /* Idle workers end when their socket closes; after a stop, the files
     * still being read are left for the next run. */
    for (unsigned i = 0; i < n; i++)
        if (p.ws[i].pid)
            end_worker(&p, &p.ws[i], p.ws[i].job != NULL, false, true);
    ix_job *j;
    while ((j = g_queue_pop_head(&p.retry)) != NULL)
        ix_job_free(j);
    g_free(chunk);
    g_free(pfds);
    g_free(p.ws);
}
