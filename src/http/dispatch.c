/* dispatch.c: route lookup and the policy every request passes first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lib/form.h"
#include "lib/msg.h"
#include "lib/token.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "cache.h"
#include "hooks.h"
#include "layout.h"
#include "pages.h"
#include "route.h"
#include "kernel/module.h"

static int
segment_decode(const char *s, size_t n, char **out)
{
	struct param *p = NULL;
	size_t np = 0;
	char *tmp;
	int rc;

	/* reuse the form decoder: "x=<segment>" */
	tmp = xasprintf("x=%.*s", (int)n, s);
	if (memchr(s, '+', n) != NULL) {
		/* '+' is literal in a path */
		free(tmp);
		*out = xstrndup(s, n);
		return 0;
	}
	rc = form_parse(tmp, strlen(tmp), &p, &np, 1);
	free(tmp);
	if (rc != 0 || np != 1) {
		params_free(p, np);
		return -1;
	}
	*out = xstrdup(p[0].value);
	params_free(p, np);
	return 0;
}

static void
captures_clear(struct req *r)
{
	int i;

	for (i = 0; i < REQ_MAX_CAPTURES; i++) {
		free(r->captures[i]);
		r->captures[i] = NULL;
	}
}

/*
 * Does path match pat segment by segment?  With r non-NULL, also decode
 * the '*' segments into r->captures; a segment that does not decode makes
 * the match fail.
 */
static int
match(const char *pat, const char *path, struct req *r)
{
	const char *pe, *se;
	int nc = 0;

	while (*pat == '/' && *path == '/') {
		pat++;
		path++;
		pe = strchrnul(pat, '/');
		se = strchrnul(path, '/');
		if (pe - pat == 1 && *pat == '*') {
			if (se == path || nc >= REQ_MAX_CAPTURES)
				goto fail;
			if (r != NULL &&
			    segment_decode(path, (size_t)(se - path),
				&r->captures[nc]) != 0)
				goto fail;
			nc++;
		} else if (pe - pat != se - path ||
		    strncmp(pat, path, (size_t)(pe - pat)) != 0) {
			goto fail;
		}
		pat = pe;
		path = se;
	}
	if (*pat == '\0' && *path == '\0')
		return 1;
fail:
	if (r != NULL)
		captures_clear(r);
	return 0;
}

const struct route *
route_find(struct req *r, int *method_ok)
{
	const struct module *const *m;
	const struct route *rt, *path_hit = NULL;

	*method_ok = 0;
	/* modules declare disjoint routes (modules_check()), so their order
	 * does not matter; inside a module the first match wins */
	for (m = modules; *m != NULL; m++) {
		if ((*m)->routes == NULL)
			continue;
		for (rt = (*m)->routes; rt->pattern != NULL; rt++) {
			if (!match(rt->pattern, r->path, NULL))
				continue;
			path_hit = rt;
			if ((rt->methods & r->method) ||
			    (r->method == REQ_HEAD &&
				(rt->methods & REQ_GET))) {
				if (!match(rt->pattern, r->path, r))
					return NULL;
				*method_ok = 1;
				return rt;
			}
		}
	}
	return path_hit;
}

static void
load_user(struct req *r, const char *token)
{
	const struct http_hooks *h = hooks();

	if (h->session_user != NULL)
		r->user = h->session_user(r->store, token, r->now, &r->who);
}

/*
 * Is this POST sent by another site?  Sec-Fetch-Site "cross-site" or
 * "same-site" (a sibling under the same registrable domain), or an
 * Origin that is not this server (scheme://Host; "null" included).
 * Clients that send neither (curl, older browsers) rely on the CSRF
 * token alone.  1 foreign, 0 not.
 */
static int
cross_site(const struct req *r)
{
	const char *o = r->origin, *scheme;
	size_t n;

	if (r->fetch_site != NULL &&
	    (strcasecmp(r->fetch_site, "cross-site") == 0 ||
		strcasecmp(r->fetch_site, "same-site") == 0))
		return 1;
	if (o == NULL)
		return 0;
	if (r->host == NULL || *r->host == '\0')
		return 1;
	scheme =
	    r->app != NULL && r->app->secure_cookies ? "https://" : "http://";
	n = strlen(scheme);
	return strncasecmp(o, scheme, n) != 0 ||
	    strcasecmp(o + n, r->host) != 0;
}

void
dispatch_unavailable(struct req *r)
{
	page_error(r, 503, NULL);
	r->retry_after = 5;
}

void
dispatch(struct req *r)
{
	const struct route *rt;
	const char *tok;
	int method_ok;
	char *next;

	r->is_api =
	    strncmp(r->path, "/api/", 5) == 0 || strcmp(r->path, "/api") == 0;
	rt = route_find(r, &method_ok);
	if (rt == NULL) {
		page_error(r, 404, NULL);
		return;
	}
	if (!method_ok) {
		page_error(r, 405, NULL);
		return;
	}
	if (!store_ready(r->store)) {
		dispatch_unavailable(r);
		return;
	}
	if (r->method == REQ_POST && cross_site(r)) {
		page_error(r, 403, msg(M_FORM_CROSS_SITE));
		return;
	}
	if (rt->flags & R_API)
		load_user(r, r->bearer);
	else
		load_user(r, r->cookie_session);

	if (((rt->flags & R_LOGIN) || rt->roles) && r->user == NULL) {
		if (r->is_api || r->method != REQ_GET) {
			page_error(r, 401, NULL);
		} else {
			struct buf b = BUF_INIT;

			buf_adds(&b, "/masuk?lanjut=");
			html_url(&b, r->path);
			next = buf_detach(&b, NULL);
			req_redirect(r, next);
			free(next);
		}
		return;
	}
	if (rt->roles && !(r->who.roles & rt->roles)) {
		page_error(r, 403, NULL);
		return;
	}
	if (r->method == REQ_POST && !(rt->flags & (R_API | R_NOCSRF))) {
		tok = req_param(r, "csrf");
		if (tok == NULL || !csrf_valid(r, tok)) {
			page_error(r, 403, msg(M_FORM_EXPIRED));
			return;
		}
	}
	if ((rt->flags & R_CACHE) && cache_serve(r))
		return;
	rt->fn(r);
	if (rt->flags & R_CACHE)
		cache_store(r);
}
