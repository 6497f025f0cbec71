/*
 * kore.c: the Kore adapter, the only file that includes Kore headers.
 *
 * Kore loads build/pamong.so and calls pamong_handle() for every path.
 * Each worker opens its own store connection in kore_worker_configure().
 * A request is translated into a struct req, dispatch() runs the route
 * table, and the response is written with the security headers.
 */
#include <sys/types.h>
#include <sys/mman.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <kore/kore.h>
#include <kore/http.h>
#include <kore/seccomp.h>

#include "lib/form.h"
#include "lib/multipart.h"
#include "lib/xalloc.h"
#include "route.h"
#include "store/batch.h"
#include "store/store.h"
#include "app.h"
#include "cache.h"
#include "kernel/module.h"
#include "pages.h"
#include "tls_key.h"
#include "versi.h"

/*
 * Syscalls SQLite, libsodium and our file handling need beyond Kore's
 * (doc/operations.md explains each).  Under load in production a worker
 * makes pread64, pwrite64, newfstatat, fdatasync and ftruncate; fchmod
 * when it creates pamong.db-wal/-shm under a umask that would give them
 * other permissions than pamong.db; fchown and geteuid only as root (dev).
 * With a PostgreSQL database (DATA/db.conf) libpq's connection set-up
 * lists a directory (getdents64); its socket calls are Kore's own.
 * The outbox delivery job (a timed job of worker 1, libcurl) asks a
 * connected socket for its peer and own address (getpeername,
 * getsockname).
 */
KORE_SECCOMP_FILTER("pamong", KORE_SYSCALL_ALLOW(pread64),
    KORE_SYSCALL_ALLOW(pwrite64), KORE_SYSCALL_ALLOW(fdatasync),
    KORE_SYSCALL_ALLOW(fsync), KORE_SYSCALL_ALLOW(syncfs),
    KORE_SYSCALL_ALLOW(unlink), KORE_SYSCALL_ALLOW(ftruncate),
    KORE_SYSCALL_ALLOW(fcntl), KORE_SYSCALL_ALLOW(mremap),
    KORE_SYSCALL_ALLOW(getpid), KORE_SYSCALL_ALLOW(newfstatat),
    KORE_SYSCALL_ALLOW(fchmod), KORE_SYSCALL_ALLOW(fchown),
    KORE_SYSCALL_ALLOW(fstat), KORE_SYSCALL_ALLOW(lstat),
    KORE_SYSCALL_ALLOW(stat), KORE_SYSCALL_ALLOW(access),
    KORE_SYSCALL_ALLOW(getrandom), KORE_SYSCALL_ALLOW(madvise),
    KORE_SYSCALL_ALLOW(rename), KORE_SYSCALL_ALLOW(mkdir),
    KORE_SYSCALL_ALLOW(getcwd), KORE_SYSCALL_ALLOW(readlink),
    KORE_SYSCALL_ALLOW(geteuid), KORE_SYSCALL_ALLOW(sched_yield),
    KORE_SYSCALL_ALLOW(nanosleep), KORE_SYSCALL_ALLOW(clock_nanosleep),
    KORE_SYSCALL_ALLOW(getdents64), KORE_SYSCALL_ALLOW(getpeername),
    KORE_SYSCALL_ALLOW(getsockname), KORE_SYSCALL_ALLOW(memfd_create),
    KORE_SYSCALL_ALLOW(statfs), );

int pamong_handle(struct http_request *);
void kore_parent_configure(int, char **);
void kore_worker_configure(void);
void kore_worker_teardown(void);

static struct app app;

/*
 * The modules' timed jobs (kernel/jobs.c: SLA escalation, complaint
 * deadlines, log checkpoint, CRL), the same list `pamong tick` runs.
 * Idempotent, so one worker running them is enough.
 */
static void
jobs_tick(void *arg, u_int64_t now)
{
	int n;

	if (!store_ready(app.store))
		return; /* logged by the requests; next minute again */
	if (jobs_run(app.store, app.data_dir, time(NULL), &n) != 0)
		kore_log(LOG_ERR, "pamong: a timed job failed");
	else if (n > 0)
		kore_log(LOG_INFO, "pamong: %d SLA escalations/warnings", n);
}

/*
 * Kore logs with printf() in the foreground; under systemd or a test that
 * is a pipe, which stdio would buffer in blocks (and copy into every
 * worker it forks).  `pamong serve --prod` preloads pamong.so, so this runs
 * before Kore's first line; loaded later it still takes effect from there.
 */
__attribute__((constructor)) static void
stdout_lines(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
}

/*
 * Cookie names.  Under TLS they carry the __Host- prefix: the browser
 * then accepts them only with Secure, Path=/ and no Domain, so a sibling
 * site of the same registrable domain cannot plant or overwrite them.
 */
#define SESSION_COOKIE                                                         \
	(app.secure_cookies ? "__Host-pamong_sesi" : "pamong_sesi")
#define ANON_COOKIE (app.secure_cookies ? "__Host-pamong_csrf" : "pamong_csrf")

/*
 * The keymgr sent a domain's certificate: let Kore build the TLS context,
 * then repair its key hook for OpenSSL 3 (see tls_key.c).  Replaces
 * Kore's own handler for KORE_MSG_CERTIFICATE, which does only the first.
 */
static void
tls_certificate(struct kore_msg *msg, const void *data)
{
	const struct kore_x509_msg *req = data;
	struct kore_domain *dom;

	if (!kore_worker_keymgr_response_verify(msg, data, &dom))
		return;
	kore_domain_tlsinit(dom, KORE_PEM_CERT_CHAIN, req->data, req->data_len);
	if (dom->ssl_ctx != NULL && tls_key_adopt(dom->ssl_ctx) != 0)
		kore_log(LOG_ERR,
		    "pamong: TLS key hook for %s failed; "
		    "handshakes will fail",
		    dom->domain);
}

/* What other connections committed (versi.h); every worker, 250 ms. */
static void
versi_tick(void *arg, u_int64_t now)
{
	versi_seen(store_version_poll(app.store));
}

/* Kore calls this in the parent before the workers fork. */
void
kore_parent_configure(int argc, char **argv)
{
	if (versi_share() != 0)
		fatalx("pamong: cannot map the shared change counter");
}

/*
 * Kore calls this in each worker after it dropped privileges.  PAMONG_DATA
 * is the data directory as the worker sees it: `pamong serve --prod` chroots
 * the workers into the data directory and sets it to "/".
 */
void
kore_worker_configure(void)
{
	const char *dir = getenv("PAMONG_DATA");

	if (dir == NULL)
		dir = ".";
	if (app_open(&app, dir) != 0)
		fatalx("pamong: cannot open data directory %s (uid %d)", dir,
		    (int)getuid());
	app.secure_cookies = getenv("PAMONG_SECURE_COOKIES") != NULL;
	if (worker != NULL && worker->id == 1)
		kore_timer_add(jobs_tick, 60000, NULL, 0);
	kore_timer_add(versi_tick, 250, NULL, 0);
	if (keymgr_active) {
		kore_msg_unregister(KORE_MSG_CERTIFICATE);
		kore_msg_register(KORE_MSG_CERTIFICATE, tls_certificate);
	}
}

static void
client_addr(struct http_request *hreq, char *out, size_t len)
{
	struct connection *c = hreq->owner;

	if (c->family == AF_INET)
		inet_ntop(AF_INET, &c->addr.ipv4.sin_addr, out, len);
	else if (c->family == AF_INET6)
		inet_ntop(AF_INET6, &c->addr.ipv6.sin6_addr, out, len);
	else
		snprintf(out, len, "unix");
}

static void
set_cookie(struct http_request *hreq, const char *name, const char *value,
    int maxage)
{
	char *v;

	/* Kore's cookie helper has no SameSite; write the header ourselves. */
	v = xasprintf("%s=%s; Path=/; HttpOnly; SameSite=Lax%s%s", name, value,
	    app.secure_cookies ? "; Secure" : "",
	    maxage == 0 ? "; Max-Age=0" : "");
	http_response_header(hreq, "set-cookie", v);
	free(v);
}

/* frame_self: a response Pamong's own pages may show in a frame. */
static void
security_headers(struct http_request *hreq, int frame_self)
{
	http_response_header(hreq, "content-security-policy",
	    frame_self
		? "default-src 'self'; script-src 'self'; style-src 'self';"
		  " img-src 'self' data:; object-src 'none'; base-uri 'none';"
		  " form-action 'self'; frame-ancestors 'self'"
		: "default-src 'self'; script-src 'self'; style-src 'self';"
		  " img-src 'self' data:; object-src 'none'; base-uri 'none';"
		  " form-action 'self'; frame-ancestors 'none'");
	http_response_header(hreq, "x-content-type-options", "nosniff");
	http_response_header(hreq, "x-frame-options",
	    frame_self ? "SAMEORIGIN" : "DENY");
	http_response_header(hreq, "referrer-policy",
	    "strict-origin-when-cross-origin");
	http_response_header(hreq, "permissions-policy",
	    "camera=(), microphone=(), geolocation=()");
	if (app.secure_cookies)
		http_response_header(hreq, "strict-transport-security",
		    "max-age=31536000; includeSubDomains");
}

static int
read_body(struct http_request *hreq, struct buf *body)
{
	char chunk[8192];
	ssize_t n;

	if (hreq->http_body == NULL && hreq->http_body_fd == -1)
		return 0;
	for (;;) {
		n = http_body_read(hreq, chunk, sizeof(chunk));
		if (n < 0)
			return -1;
		if (n == 0)
			return 0;
		buf_add(body, chunk, (size_t)n);
	}
}

/*
 * One request in progress.  It lives on the heap so that it can outlast
 * a sleep: a page that leaves r.job (req.h) is answered after the
 * worker's next group commit.
 */
struct call {
	struct req r;
	struct buf body;
	char addr[INET6_ADDRSTRLEN];
	struct http_request *hreq; /* NULL once Kore freed it */
	int queued;		   /* in the group-commit queue */
	struct call *next;
};

static void
call_free(struct call *c)
{
	buf_free(&c->body);
	req_free(&c->r);
	free(c);
}

/*
 * Group commit (issue 3, doc/architecture.md).  Submissions (jobs, see
 * store/batch.h) to this worker wait, asleep, in a queue.  A one-shot
 * timer a millisecond after the first runs store_batch() on the whole
 * queue in lazy mode: it writes their files, syncs the file system once
 * (which makes the files durable and also the previous batch's commit),
 * then commits their rows in one transaction without waiting for the
 * disk.  So each batch costs one sync, and a batch is answered one round
 * later, after the next batch's sync (or, when no new work came, after a
 * round with an empty batch that only syncs).  A success is therefore
 * sent only for a submission whose files and rows are durable.
 * Per-worker state, not request state.
 */
static struct call *queue_head; /* submitted, not committed */
static struct call **queue_tail = &queue_head;
static int queue_len;
static struct call *waiting; /* committed, not yet synced */
static int queue_armed;

static void queue_commit(void *, u_int64_t);

static void
queue_arm(void)
{
	if (!queue_armed) {
		kore_timer_add(queue_commit, 1, NULL, KORE_TIMER_ONESHOT);
		queue_armed = 1;
	}
}

/* Answer every call of list; fail: their commit is not known durable. */
static void
queue_answer(struct call *list, int fail)
{
	struct call *c, *next;

	for (c = list; c != NULL; c = next) {
		next = c->next;
		c->queued = 0;
		if (fail && c->r.job->fail != NULL)
			c->r.job->fail(c->r.job, 0);
		if (c->hreq == NULL)
			call_free(c); /* the client went away meanwhile */
		else
			http_request_wakeup(c->hreq);
	}
}

static void
queue_commit(void *arg, u_int64_t now)
{
	struct store_job **jobs;
	struct call *c, *list = queue_head, *prev = waiting;
	int i, n = queue_len, rc;

	queue_head = NULL;
	queue_tail = &queue_head;
	queue_len = 0;
	queue_armed = 0;
	waiting = NULL;
	if (n == 0 && prev == NULL)
		return;
	jobs = xcalloc((size_t)(n > 0 ? n : 1), sizeof(*jobs));
	for (i = 0, c = list; c != NULL; c = c->next)
		jobs[i++] = c->r.job;
	rc = store_batch(app.store, app.data_dir, jobs, n, 1);
	free(jobs);
	if (rc != 0)
		kore_log(LOG_ERR,
		    "pamong: group commit: file system sync "
		    "failed");
	queue_answer(prev, rc != 0); /* durable now, if the sync worked */
	waiting = list;
	if (waiting != NULL)
		queue_arm();
}

void
kore_worker_teardown(void)
{
	/* a graceful stop: commit what is queued, sync what is committed */
	if (queue_head != NULL || waiting != NULL)
		queue_commit(NULL, 0);
	if (waiting != NULL)
		queue_commit(NULL, 0);
	app_close(&app);
}

/* Kore frees a request whose call is still ours (connection closed). */
static void
call_gone(struct http_request *hreq)
{
	struct call *c = hreq->hdlr_extra;

	hreq->hdlr_extra = NULL;
	hreq->onfree = NULL;
	if (c == NULL)
		return;
	c->hreq = NULL;
	if (!c->queued)
		call_free(c);
}

static void
queue_add(struct call *c, struct http_request *hreq)
{
	c->hreq = hreq;
	c->queued = 1;
	c->next = NULL;
	*queue_tail = c;
	queue_tail = &c->next;
	queue_len++;
	hreq->hdlr_extra = c;
	hreq->flags |= HTTP_REQUEST_RETAIN_EXTRA;
	hreq->onfree = call_gone;
	http_request_sleep(hreq);
	queue_arm();
}

/* Build c->r from Kore's request and run the route table. */
static void
call_run(struct call *c, struct http_request *hreq)
{
	struct req *r = &c->r;
	char *cookie_s = NULL, *cookie_a = NULL, *auth = NULL, *ctype = NULL;
	size_t blen;
	int bad = 0;

	buf_init(&r->out, 8192);
	r->app = &app;
	r->store = app.store;
	r->now = time(NULL);
	r->path = hreq->path;
	r->query = hreq->query_string;
	switch (hreq->method) {
	case HTTP_METHOD_GET:
		r->method = REQ_GET;
		break;
	case HTTP_METHOD_HEAD:
		r->method = REQ_HEAD;
		break;
	case HTTP_METHOD_POST:
		r->method = REQ_POST;
		break;
	default:
		r->method = REQ_OTHER;
		break;
	}
	client_addr(hreq, c->addr, sizeof(c->addr));
	r->addr = c->addr;
	r->agent = hreq->agent;

	http_populate_cookies(hreq);
	if (http_request_cookie(hreq, SESSION_COOKIE, &cookie_s))
		r->cookie_session = cookie_s;
	if (http_request_cookie(hreq, ANON_COOKIE, &cookie_a))
		r->cookie_anon = cookie_a;
	if (http_request_header(hreq, "authorization", (const char **)&auth) &&
	    strncasecmp(auth, "Bearer ", 7) == 0)
		r->bearer = auth + 7;
	if (http_request_header(hreq, "content-type", (const char **)&ctype))
		r->content_type = ctype;
	r->host = hreq->host;
	(void)http_request_header(hreq, "origin", &r->origin);
	(void)http_request_header(hreq, "sec-fetch-site", &r->fetch_site);
	(void)http_request_header(hreq, "last-event-id", &r->last_event_id);

	if (hreq->query_string != NULL &&
	    form_parse(hreq->query_string, strlen(hreq->query_string),
		&r->params, &r->nparams, 64) != 0)
		bad = 1;
	/*
	 * Only multipart forms (uploads) may be larger than 1 MiB.  Look at
	 * the body actually received: Kore reuses request objects, and
	 * content_length is not reset for a request without a body.
	 */
	blen = (hreq->http_body != NULL || hreq->http_body_fd != -1)
	    ? hreq->http_body_length
	    : 0;
	if (blen > (1u << 20) &&
	    (ctype == NULL ||
		strncasecmp(ctype, "multipart/form-data", 19) != 0))
		bad = 413;
	else if (blen > 0 && blen < (32u << 20))
		buf_init(&c->body, blen + 1); /* one copy */
	if (!bad && read_body(hreq, &c->body) != 0)
		bad = 1;
	r->body = c->body.s;
	r->body_len = c->body.len;
	if (!bad && r->method == REQ_POST && ctype != NULL &&
	    strncasecmp(ctype, "application/x-www-form-urlencoded", 33) == 0 &&
	    c->body.len > 0 &&
	    form_parse(c->body.s, c->body.len, &r->params, &r->nparams, 256) !=
		0)
		bad = 1;
	if (!bad && r->method == REQ_POST && ctype != NULL &&
	    strncasecmp(ctype, "multipart/form-data", 19) == 0 &&
	    multipart_parse(ctype, c->body.s, c->body.len, &r->params,
		&r->nparams, &r->files, &r->nfiles, 128) != 0)
		bad = 1;

	if (bad) {
		r->is_api = strncmp(r->path, "/api/", 5) == 0;
		page_error(r, bad == 413 ? 413 : 400, NULL);
	} else {
		dispatch(r);
	}
	if (store_in_tx(r->store)) {
		kore_log(LOG_ERR, "pamong: transaction left open on %s",
		    r->path);
		store_rollback(r->store);
	}
}

/*
 * The bodies the page cache keeps, as Kore file references (one per
 * cache slot, of the body numbered gen), so that a cached page goes out
 * with sendfile() from a memory file, without a copy, as nginx sends a
 * static file.  A slot's reference is made on the first hit of a body
 * and given back when the slot holds another: Kore frees it once the
 * last response that sends it is out.  Per-worker state.
 */
static struct kore_fileref *kept_ref[CACHE_SLOTS];
static uint64_t kept_gen[CACHE_SLOTS];

static struct kore_fileref *
kept_fileref(struct http_request *hreq, const struct req *r)
{
	struct kore_server *srv = hreq->owner->owner->server;
	unsigned slot = r->out_kept.slot;
	struct kore_fileref *ref;
	struct timespec ts;
	char name[64];
	int fd;

	if (slot >= CACHE_SLOTS)
		return NULL;
	if (kept_ref[slot] != NULL && kept_gen[slot] == r->out_kept.gen &&
	    kept_ref[slot]->ontls == srv->tls) {
		kept_ref[slot]->cnt++; /* this response's, released when sent */
		return kept_ref[slot];
	}
	if (kept_ref[slot] != NULL) {
		kore_fileref_release(kept_ref[slot]);
		kept_ref[slot] = NULL;
	}
	if ((fd = memfd_create("pamong-halaman", MFD_CLOEXEC)) == -1)
		return NULL;
	if (write(fd, r->out_kept.body, r->out_kept.len) !=
	    (ssize_t)r->out_kept.len) {
		close(fd);
		return NULL;
	}
	/* a name nobody else uses: Kore's own lookups stat() paths */
	snprintf(name, sizeof(name), "/pamong-halaman/%u/%llu", slot,
	    (unsigned long long)r->out_kept.gen);
	clock_gettime(CLOCK_REALTIME, &ts);
	ref = kore_fileref_create(srv, name, fd, (off_t)r->out_kept.len, &ts);
	if (ref == NULL) {
		close(fd);
		return NULL;
	}
	kept_ref[slot] = ref; /* the slot's reference */
	kept_gen[slot] = r->out_kept.gen;
	ref->cnt++; /* and this response's */
	return ref;
}

/*
 * http_response_fileref() answers 304 to an If-Modified-Since equal to
 * the reference's time, which here is when the body was kept, not when
 * the data changed: two bodies kept within one second (or by two
 * workers) would look the same.  Kore then never sees that header (the
 * names point into the request buffer, nothing is freed).
 */
static void
kept_no_304(struct http_request *hreq)
{
	struct http_header *hdr;

	TAILQ_FOREACH(hdr, &hreq->req_headers, list)
	if (strcasecmp(hdr->header, "if-modified-since") == 0)
		hdr->header = (char *)"x-pamong-diabaikan";
}

/* Write what the page left in c->r as Kore's response. */
static void
call_respond(struct call *c, struct http_request *hreq)
{
	struct req *r = &c->r;
	struct kore_fileref *ref;
	const char *type;

	/*
	 * The database went away meanwhile (a worker learns it from the first
	 * query that fails, e.g. the session lookup, which then reads as
	 * signed out): whatever error that made, the answer is 503, try again.
	 */
	if (r->status >= 400 && r->status != 503 && !store_ready(app.store))
		dispatch_unavailable(r);
	security_headers(hreq, r->frame_self);
	if (r->set_session != NULL)
		set_cookie(hreq, SESSION_COOKIE, r->set_session,
		    *r->set_session ? -1 : 0);
	if (r->set_anon != NULL)
		set_cookie(hreq, ANON_COOKIE, r->set_anon, -1);
	if (r->user != NULL || r->set_session != NULL || r->is_api)
		http_response_header(hreq, "cache-control", "no-store");
	if (r->retry_after > 0) {
		char ra[16];

		snprintf(ra, sizeof(ra), "%d", r->retry_after);
		http_response_header(hreq, "retry-after", ra);
	}
	if (r->disposition != NULL)
		http_response_header(hreq, "content-disposition",
		    r->disposition);
	if (r->location != NULL)
		http_response_header(hreq, "location", r->location);
	type = r->out_type ? r->out_type : "text/html; charset=utf-8";
	http_response_header(hreq, "content-type", type);
	if (r->status == 0)
		r->status = 500;
	if (r->out_kept.body != NULL && r->method != REQ_HEAD &&
	    (ref = kept_fileref(hreq, r)) != NULL) {
		kept_no_304(hreq);
		http_response_fileref(hreq, r->status, ref);
		return;
	}
	if (r->out_kept.body != NULL && r->method != REQ_HEAD)
		buf_add(&r->out, r->out_kept.body, r->out_kept.len);
	http_response(hreq, r->status, r->method == REQ_HEAD ? NULL : r->out.s,
	    r->method == REQ_HEAD ? 0 : r->out.len);
}

int
pamong_handle(struct http_request *hreq)
{
	struct call *c = hreq->hdlr_extra;

	if (c == NULL) {
		c = xcalloc(1, sizeof(*c));
		call_run(c, hreq);
		if (c->r.job != NULL) {
			queue_add(c, hreq);
			return KORE_RESULT_RETRY;
		}
	} else {
		/* woken after the group commit: answer */
		hreq->hdlr_extra = NULL;
		hreq->onfree = NULL;
		hreq->flags &= ~HTTP_REQUEST_RETAIN_EXTRA;
		c->r.job_done(&c->r);
		if (c->r.job_again) {
			/* the request's next step, in the next batch */
			c->r.job_again = 0;
			queue_add(c, hreq);
			return KORE_RESULT_RETRY;
		}
	}
	call_respond(c, hreq);
	call_free(c);
	return KORE_RESULT_OK;
}
