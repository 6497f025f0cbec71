/* cache.c: per-worker cache of anonymous public pages (see cache.h). */
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "cache.h"
#include "versi.h"

#define CACHE_SLOTS 128
#define CACHE_MAX_PAGE (256 * 1024)

struct cache_ent {
	char *key;
	char *body;
	size_t len;
	const char *type; /* static string */
	uint64_t version;
};

struct page_cache {
	struct cache_ent ent[CACHE_SLOTS];
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

	/* a page rendered from here on is valid under now at best */
	r->cache_at = now + 1;
	if (r->app->cache == NULL || !eligible(r))
		return 0;
	key = cache_key(r);
	e = &r->app->cache->ent[slot_of(key)];
	if (e->key == NULL || strcmp(e->key, key) != 0 || e->version != now) {
		free(key);
		return 0;
	}
	free(key);
	buf_reset(&r->out);
	buf_add(&r->out, e->body, e->len);
	r->status = 200;
	r->out_type = e->type;
	return 1;
}

void
cache_store(struct req *r)
{
	struct cache_ent *e;
	char *key;

	if (!eligible(r) || r->status != 200 || r->personal ||
	    r->set_anon != NULL || r->set_session != NULL ||
	    r->location != NULL || r->disposition != NULL ||
	    r->out.len > CACHE_MAX_PAGE)
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
