/*
 * versi.h: the database's change counter as the workers of one server
 * see it (issue 14), for the page cache.
 *
 * One integer in memory shared by the workers (versi_share() maps it in
 * the parent, before they fork; without it each process has its own).
 * A worker raises it to n with versi_seen(n) after each of its commits
 * (store_watch(), before the answer is sent) and from what other
 * connections committed (store_version_poll(), a timer), and a cached
 * page is valid while the value it was rendered under is current.
 * Reading it costs no query.
 */
#ifndef PAMONG_VERSI_H
#define PAMONG_VERSI_H

#include <stdint.h>

/* Map the shared counter; 0 or -1 (errno set).  In the parent only. */
int versi_share(void);
/* Raise the counter to n (never lowers it). */
void versi_seen(uint64_t n);
/* The counter now. */
uint64_t versi_now(void);

#endif
