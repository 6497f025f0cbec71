/*
 * route.h: the route table is data.  Policy (method, login, roles, CSRF)
 * is declared per route and enforced once, in dispatch(), before a page
 * function runs.
 */
#ifndef PAMONG_ROUTE_H
#define PAMONG_ROUTE_H

#include "req.h"

#define R_LOGIN 0x01  /* a signed-in account is required */
#define R_API 0x02    /* JSON errors; auth by Bearer token, no cookies */
#define R_NOCSRF 0x04 /* POST without CSRF token (API login only) */
#define R_CACHE                                                                \
	0x08 /* public page: anonymous GETs may be served from
			   the worker's page cache (pages/cache.c) */

struct route {
	const char *pattern; /* path; a segment "*" matches any one */
	unsigned methods;    /* REQ_GET | REQ_POST */
	unsigned flags;
	unsigned roles; /* 0: any (signed-in if R_LOGIN) */
	void (*fn)(struct req *);
};

/*
 * Find the route for path; fill r->captures with the '*' segments
 * (URL-decoded, owned by r).  Returns NULL when nothing matches.
 * *method_ok is 0 when the path matches but not the method.
 */
const struct route *route_find(struct req *r, int *method_ok);

/* Handle a request end to end: auth, policy, page.  Never fails. */
void dispatch(struct req *);
/*
 * The answer when the database cannot be reached (store_ready()): 503
 * with Retry-After, HTML or JSON.  Also for a request whose work failed
 * because the database went away meanwhile (kore.c).
 */
void dispatch_unavailable(struct req *);

#endif
