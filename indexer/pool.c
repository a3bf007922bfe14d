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

typedef struct worker {
    pid_t pid; /* 0: no worker in this slot */
    int fd;
    ix_job *job;     /* the file it is on; NULL when idle */
    GByteArray *buf; /* the answer so far */
    gint64 started;
} worker;

typedef struct pool {
    const ix_pool_options *po;
    const ix_pool_callbacks *cb;
    worker *ws;
    unsigned n;
} pool;

/* Forks the worker of slot `i`.  The child keeps only its own socket. */
static bool
start_worker(pool *p, unsigned i)
{
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
        return false;
    fflush(NULL);
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
        ix_worker_main(sv[1], p->po->setup);
    }
    close(sv[1]);
    p->ws[i] = (worker){.pid = pid, .fd = sv[0], .buf = g_byte_array_new()};
    return true;
}

static bool
send_job(worker *w, ix_job *j)
{
    GByteArray *m = ix_job_encode(j->source_index, j->relpath, j->abspath);
    bool ok = ix_send_frame(w->fd, m->data, m->len);
    g_byte_array_free(m, TRUE);
    w->job = j;
    w->started = g_get_monotonic_time();
    g_byte_array_set_size(w->buf, 0);
    return ok;
}

static char *
describe_exit(const pool *p, int status)
{
    if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        if (sig == SIGXCPU)
            return g_strdup_printf("extractor exceeded its CPU-time limit (%u s)", p->po->setup->cpu_seconds);
        if (sig == SIGKILL)
            return g_strdup("extractor was killed (memory limit or timeout)");
        return g_strdup_printf("extractor crashed (%s)", g_strsignal(sig));
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
        return g_strdup_printf("extractor failed (exit status %d)", WEXITSTATUS(status));
    return NULL;
}

static void
job_done(worker *w)
{
    ix_job_free(w->job);
    w->job = NULL;
}

/* Ends the worker of a slot (killing it first when `forced_reason` is set);
 * the file it was on, if any, fails with the reason.  The slot is then
 * empty and gets a new worker when there is work for it. */
static void
end_worker(pool *p, worker *w, const char *forced_reason)
{
    int status = 0;
    if (forced_reason)
        kill(w->pid, SIGKILL);
    close(w->fd);
    while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (w->job) {
        char *reason = forced_reason ? g_strdup(forced_reason) : describe_exit(p, status);
        p->cb->failed(w->job, reason ? reason : "extractor ended without an answer", p->cb->user);
        g_free(reason);
        job_done(w);
    }
    g_byte_array_free(w->buf, TRUE);
    memset(w, 0, sizeof *w);
}

/* Reads what a busy worker has sent; hands on a complete answer, or ends
 * the worker when it is gone. */
static void
read_worker(pool *p, worker *w, guint8 *chunk, gsize chunk_size)
{
    ssize_t got = read(w->fd, chunk, chunk_size);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got <= 0) {
        end_worker(p, w, NULL);
        return;
    }
    g_byte_array_append(w->buf, chunk, (guint)got);
    if (w->buf->len < 4)
        return;
    guint32 len = 0;
    memcpy(&len, w->buf->data, sizeof len);
    if (len > IX_ANSWER_MAX) {
        end_worker(p, w, "extractor sent a malformed record");
        return;
    }
    if (w->buf->len < 4 + (gsize)len)
        return;
    p->cb->answer(w->job, w->buf->data + 4, len, p->cb->user);
    job_done(w);
    g_byte_array_set_size(w->buf, 0);
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
    pool p = {po, cb, g_new0(worker, n), n};
    struct pollfd *pfds = g_new0(struct pollfd, n);
    gsize chunk_size = 1 << 18;
    guint8 *chunk = g_malloc(chunk_size);
    guint next = 0;
    for (;;) {
        if (cb->stopped(cb->user))
            break;
        unsigned busy = 0;
        for (unsigned i = 0; i < n; i++) {
            if (!p.ws[i].pid && next < jobs->len && !start_worker(&p, i)) {
                ix_job *j = jobs->pdata[next];
                jobs->pdata[next++] = NULL;
                cb->failed(j, "cannot start an extractor process", cb->user);
                ix_job_free(j);
                continue;
            }
            if (p.ws[i].pid && !p.ws[i].job && next < jobs->len) {
                ix_job *j = jobs->pdata[next];
                jobs->pdata[next++] = NULL;
                /* A send that fails means the worker is gone: the read
                 * below sees its end and reports the file. */
                send_job(&p.ws[i], j);
            }
            if (p.ws[i].job)
                busy++;
        }
        if (busy == 0 && next >= jobs->len)
            break;
        for (unsigned i = 0; i < n; i++) {
            pfds[i].fd = p.ws[i].job ? p.ws[i].fd : -1;
            pfds[i].events = POLLIN;
            pfds[i].revents = 0;
        }
        int r = poll(pfds, n, 250);
        gint64 now = g_get_monotonic_time();
        for (unsigned i = 0; i < n; i++) {
            if (!p.ws[i].job)
                continue;
            if (r > 0 && (pfds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
                read_worker(&p, &p.ws[i], chunk, chunk_size);
                continue;
            }
            if (now - p.ws[i].started > (gint64)po->timeout_s * G_USEC_PER_SEC) {
                char *why = g_strdup_printf("timed out after %u s", po->timeout_s);
                end_worker(&p, &p.ws[i], why);
                g_free(why);
            }
        }
    }
    /* Idle workers end when their socket closes; only after a stop can one
     * still be busy. */
    for (unsigned i = 0; i < n; i++)
        if (p.ws[i].pid)
            end_worker(&p, &p.ws[i], p.ws[i].job ? "run stopped" : NULL);
    g_free(chunk);
    g_free(pfds);
    g_free(p.ws);
}
