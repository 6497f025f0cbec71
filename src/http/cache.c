/* cache.c: per-worker cache of anonymous public pages (see cache.h). */
#include <stdlib.h>
#include <string.h>

#include "layout.h"

#include "lib/xalloc.h"
#include "cache.h"
#include "versi.h"

#define CACHE_MAX_PAGE (256 * 1024)
#define CACHE_HOLES 8 /* CSRF tokens on one page, at most */

struct cache_ent {
	char *key;
	char *body;
	size_t len;
	const char *type; /* static string */
	uint64_t version;
	uint64_t gen; /* which body of the slot (req.h out_kept) */
	/* where the rendering visitor's CSRF token stood: filled with the
	 * next visitor's own on every hit */
	size_t hole[CACHE_HOLES];
	int nholes;
};

struct page_cache {
	struct cache_ent ent[CACHE_SLOTS];
	uint64_t gen; /* the last body stored, in any slot */
};

/*
 * path + "?" + the raw, undecoded query string.  Not the decoded params:
 * "tingkat=kampung%26q%3Dsurat" (one parameter) and "tingkat=kampung&q=surat"
 * (two) decode to the same text, and must not share a page.
 */
static char *
cache_key(const struct req *r)
{
	if (r->query == NULL || *r->query == '\0')
		return xstrdup(r->path);
	return xasprintf("%s?%s", r->path, r->query);
}

static uint64_t
slot_of(const char *key)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */

	for (; *key; key++)
		h = (h ^ (unsigned char)*key) * 1099511628211ULL;
	return h % CACHE_SLOTS;
}

static int
eligible(const struct req *r)
{
	return r->method == REQ_GET && r->user == NULL &&
	    (r->cookie_session == NULL || *r->cookie_session == '\0');
}

int
cache_serve(struct req *r)
{
	struct cache_ent *e;
	uint64_t now = versi_now();
	char *key;
	uint64_t slot;

	/* a page rendered from here on is valid under now at best */
	r->cache_at = now + 1;
	if (r->app->cache == NULL || !eligible(r))
		return 0;
	key = cache_key(r);
	slot = slot_of(key);
	e = &r->app->cache->ent[slot];
	if (e->key == NULL || strcmp(e->key, key) != 0 || e->version != now) {
		free(key);
		return 0;
	}
	free(key);
	buf_reset(&r->out);
	if (e->nholes == 0) {
		r->out_kept.body = e->body;
		r->out_kept.len = e->len;
		r->out_kept.slot = (unsigned)slot;
		r->out_kept.gen = e->gen;
	} else {
		const char *tok = csrf_token(r); /* may set the anon cookie */
		size_t n = strlen(tok);
		int i;

		buf_add(&r->out, e->body, e->len);
		for (i = 0; i < e->nholes; i++)
			memcpy(r->out.s + e->hole[i], tok, n);
	}
	r->status = 200;
	r->out_type = e->type;
	return 1;
}

/* Find the holes of e: every place of tok in its body.  0, or -1 when
 * there are more than CACHE_HOLES. */
static int
punch(struct cache_ent *e, const char *tok)
{
	size_t n = strlen(tok), at = 0;
	const char *p;

	e->nholes = 0;
	while (at + n <= e->len &&
	    (p = memmem(e->body + at, e->len - at, tok, n)) != NULL) {
		if (e->nholes == CACHE_HOLES)
			return -1;
		e->hole[e->nholes++] = (size_t)(p - e->body);
		at = (size_t)(p - e->body) + n;
	}
	return 0;
}

void
cache_store(struct req *r)
{
	struct cache_ent *e;
	char *key;

	/* a new anonymous cookie comes with a token, made again per hit */
	if (!eligible(r) || r->status != 200 || r->personal ||
	    (r->set_anon != NULL && !r->has_csrf) || r->set_session != NULL ||
	    r->location != NULL || r->disposition != NULL ||
	    r->out.len > CACHE_MAX_PAGE ||
	    (r->has_csrf && strlen(r->csrf) != CSRF_LEN))
		return;
	if (r->app->cache == NULL)
		r->app->cache = xcalloc(1, sizeof(*r->app->cache));
	key = cache_key(r);
	e = &r->app->cache->ent[slot_of(key)];
	free(e->key);
	free(e->body);
	e->key = key;
	e->body = xmalloc(r->out.len + 1);
	memcpy(e->body, r->out.s, r->out.len);
	e->len = r->out.len;
	e->type = r->out_type; /* NULL or a static string */
	e->version = r->cache_at != 0 ? r->cache_at - 1 : versi_now();
	e->gen = ++r->app->cache->gen;
	e->nholes = 0;
	if (r->has_csrf && punch(e, r->csrf) != 0) {
		free(e->key);
		free(e->body);
		e->key = e->body = NULL;
	}
}

void
cache_free(struct page_cache *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < CACHE_SLOTS; i++) {
		free(c->ent[i].key);
		free(c->ent[i].body);
	}
	free(c);
}
