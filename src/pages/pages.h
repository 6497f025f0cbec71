/* pages.h: every page function the route table names. */
#ifndef PAMONG_PAGES_H
#define PAMONG_PAGES_H

#include "req.h"

/* home.c */
void	page_home(struct req *);
void	page_asset(struct req *);

/* --- catalog and regions --- */

/* --- accounts --- */

/* --- admin --- */

/* error.c: error pages (HTML) and error objects (JSON under /api/). */
void	page_error(struct req *, int status, const char *message);

#endif
