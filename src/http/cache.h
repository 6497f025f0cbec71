/*
 * cache.h: a small per-worker cache of rendered public pages.
 *
 * Only anonymous GETs of routes flagged R_CACHE are cached, and only
 * responses that set no cookie and need no CSRF token, so nothing personal
 * can be stored.  An entry is valid while store_version() is unchanged:
 * any write to the database, by any worker, invalidates every entry.
 */
#ifndef PAMONG_CACHE_H
#define PAMONG_CACHE_H

#include "req.h"

/* Serve r from the cache if possible; 1 served, 0 not. */
int cache_serve(struct req *);
/* Remember r's response if it is cacheable. */
void cache_store(struct req *);
/* Free a worker's cache (app teardown). */
void cache_free(struct page_cache *);

#endif
