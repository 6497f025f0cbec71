/*
 * cache.h: a small per-worker cache of rendered public pages.
 *
 * Only anonymous GETs of routes flagged R_CACHE are cached, and only
 * responses that set no cookie and need no CSRF token, so nothing personal
 * can be stored.  An entry is valid while the change counter it was
 * rendered under is current (versi.h): any write to the database, by
 * any worker, app server or command, invalidates every entry; on this
 * server at once, from elsewhere within a poll of the counter (250 ms).
 */
#ifndef PAMONG_CACHE_H
#define PAMONG_CACHE_H

#include "req.h"

#define CACHE_SLOTS 128

/*
 * Serve r from the cache if possible; 1 served, 0 not.  A page without
 * CSRF holes is not copied: r->out_kept names the kept body and r->out
 * stays empty.
 */
int cache_serve(struct req *);
/* Remember r's response if it is cacheable. */
void cache_store(struct req *);
/* Free a worker's cache (app teardown). */
void cache_free(struct page_cache *);

#endif
