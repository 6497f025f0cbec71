/*
 * req.h: one HTTP request and its response, as pages see it.
 *
 * src/web fills a struct req from Kore's request, calls dispatch(), then
 * writes what the page left in the response fields.  Nothing here knows
 * about Kore, so pages run unchanged in unit tests.  There is no global
 * request state: everything a page needs hangs off its struct req.
 */
#ifndef PAMONG_REQ_H
#define PAMONG_REQ_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "lib/buf.h"
#include "lib/form.h"

struct account;
struct mp_file;

/*
 * What src/http knows of the signed-in account: the session hook
 * (hooks.h) fills it with r->user, whose type is the akun module's and
 * opaque here.  Zero when anonymous.
 */
struct req_who {
	int64_t id;
	unsigned roles;
	const char *username; /* points into *user */
};
struct store;
struct store_job;
struct page_cache;
struct pki;

enum req_method { REQ_GET = 1, REQ_POST = 2, REQ_HEAD = 4, REQ_OTHER = 8 };

/* Per-process application context (one per Kore worker or CLI run). */
struct app {
	const char *data_dir;
	struct store *store;
	unsigned char secret[32]; /* CSRF key, from DATA/secret.key */
	int secure_cookies;	  /* set Secure on cookies (TLS) */
	struct page_cache *cache; /* anonymous public pages (cache.c) */
	struct pki *pki;	  /* DATA/pki (domain/pki.h); NULL if
					   absent */
};

#define REQ_MAX_CAPTURES 4

#define CSRF_LEN 64 /* hex of an HMAC-SHA256 */

struct req {
	/* request */
	enum req_method method;
	const char *path;
	const char *query; /* raw query string, undecoded
						   (NULL when absent) */
	const char *addr;
	const char *agent;
	const char *cookie_session; /* value of the session cookie */
	const char *cookie_anon;    /* value of the anonymous CSRF cookie */
	const char *bearer;	    /* Authorization: Bearer token */
	const char *content_type;
	const char *host;	   /* Host header, or NULL */
	const char *origin;	   /* Origin header, or NULL */
	const char *fetch_site;	   /* Sec-Fetch-Site, or NULL */
	const char *last_event_id; /* Last-Event-ID (a reconnecting
				      EventSource), or NULL */
	const char *body;
	size_t body_len;
	struct param *params; /* query string + urlencoded form
						   or multipart text fields */
	size_t nparams;
	struct mp_file *files; /* multipart file parts; their
						   data points into body */
	size_t nfiles;
	char *captures[REQ_MAX_CAPTURES];
	time_t now;
	struct app *app;
	struct store *store;

	/* filled by dispatch() */
	int is_api;
	struct account *user;	 /* NULL when anonymous */
	struct req_who who;	 /* of user (above) */
	char csrf[CSRF_LEN + 1]; /* token for forms on this page */
	int personal;		 /* output depends on the visitor */
	int has_csrf;	   /* the page carries csrf (cache.c punches it) */
	uint64_t cache_at; /* versi_now() + 1 when cache_serve() looked */

	/* response */
	int status;
	struct buf out;
	/*
	 * Or a body kept by the page cache (cache_serve()), sent as it is,
	 * without a copy: valid until the worker's next request.  slot and
	 * gen name it (a new gen for every body stored in the slot).
	 */
	struct {
		const char *body;
		size_t len;
		unsigned slot;
		uint64_t gen;
	} out_kept;
	const char *out_type; /* Content-Type; default HTML */
	char *location;	      /* redirect target (303) */
	char *set_session;    /* new session token; "" clears */
	char *set_anon;	      /* new anonymous CSRF cookie */
	int retry_after;      /* seconds, for 429 and 503 */
	char *disposition;    /* Content-Disposition, if any */
	int frame_self;	      /* may be shown in a frame of Pamong's own
				 pages (an upload's preview, issue 19) */

	/*
	 * Group commit (issue 3, store/batch.h).  Instead of writing, a page
	 * may leave its submission as a job (owned by the request, freed with
	 * free(): the page's structure begins with it) and the function that
	 * answers once the job's batch is durable in job_done.  The server
	 * (kore.c) then runs it together with other requests' jobs
	 * (store_batch()) and calls job_done.  job_done may free the job and
	 * leave the next step of the request in job (and job_done) with
	 * job_again set: it is run the same way before the answer.
	 */
	struct store_job *job;
	void (*job_done)(struct req *);
	int job_again;
};

/* Value of parameter name, or NULL when absent. */
const char *req_param(const struct req *, const char *name);
/* Value of parameter name, or "" when absent. */
const char *req_str(const struct req *, const char *name);
/* Redirect with 303 See Other to a local path. */
void req_redirect(struct req *, const char *path);
/* The response body, written (out) or kept by the page cache (out_kept);
 * its length in *len. */
const char *req_out(const struct req *, size_t *len);
/* Free everything the request and response own. */
void req_free(struct req *);

#endif
