/*
 * module.h: what a feature module declares to the kernel (issue 13).
 *
 * A module is one folder under src/mod/<name>/ with one descriptor,
 * `const struct module mod_<name>` in its module.c: its routes and its
 * timed jobs, as data.  The build scans src/mod/ and writes the list
 * (build/gen/modules.c, scripts/gen-modules.sh), so adding a feature is
 * adding a folder.  Its messages (msg.def) and migrations
 * (migrations/NNNN-*.sql) are found the same way.  The kernel, src/http
 * and src/store name no module.
 */
#ifndef PAMONG_MODULE_H
#define PAMONG_MODULE_H

#include <stdint.h>
#include <time.h>

#include "lib/msg.h"

struct http_hooks;
struct route;
struct store;

/*
 * A timed job, run once a minute by the server (worker 1) and once per
 * `pamong tick`.  run() returns how many things it applied (escalations,
 * warnings; 0 for housekeeping), or -1 after logging why.  Idempotent:
 * running it twice in a minute changes nothing more.
 */
struct job {
	const char *name; /* "<module>.<job>" */
	int (*run)(struct store *, const char *data_dir, time_t now);
};

/*
 * A link of the page header (http/layout.c).  Every module declares its
 * own; the header shows them by place, then order (so the module list's
 * order never matters), e.g. { NAV_INFO, 40, "/spbe", M_NAV_SPBE }.
 */
enum nav_place {
	NAV_MAIN = 1, /* every visitor, in the bar */
	NAV_INFO,     /* every visitor, under the "Informasi" disclosure */
	NAV_GUEST,    /* visitors not signed in */
	NAV_USER,     /* signed-in users having one of roles (0: any) */
	NAV_FOOT,     /* every visitor, in the page footer */
	NAV_STAFF     /* signed-in users having one of roles, under the
			 "Menu Petugas" disclosure (staff work pages) */
};
struct nav {
	enum nav_place place; /* 0 ends a module's list */
	int order;	      /* within the place, ascending */
	const char *href;
	enum msg_id label;
	unsigned roles; /* NAV_USER only */
	/* NAV_USER, may be NULL: a number for account_id shown beside
	   the label when above 0 (unread notifications) */
	int (*count)(struct store *, int64_t account_id);
};

struct module {
	const char *name;		/* the folder's name */
	const struct route *routes;	/* ends with a NULL pattern */
	const struct job *jobs;		/* ends with a NULL name */
	const struct http_hooks *hooks; /* what it offers src/http
						   (http/hooks.h), or NULL */
	const struct nav *nav;		/* its header links, ending
						   with place 0; or NULL */
};

/* Every module, in name order, NULL-terminated (generated). */
extern const struct module *const modules[];

/*
 * Check the declarations: no two modules declare routes that can match
 * the same path and method (within a module the first match wins, so
 * the order of a module's own table may matter; across modules it must
 * not), and no hook of struct http_hooks is offered by two modules.
 * Returns the number of conflicts, each printed to stderr.
 */
int modules_check(void);

/*
 * Run every module's jobs once at time now (the server's timer and
 * `pamong tick` call this one list).  *applied (may be NULL) gets the
 * sum of what they applied.  0, or -1 when any job failed (the others
 * still ran).
 */
int jobs_run(struct store *, const char *data_dir, time_t now, int *applied);

#endif
