/* pages.h: the pages src/http itself serves (errors), for the modules. */
#ifndef PAMONG_PAGES_H
#define PAMONG_PAGES_H

#include "req.h"

/* error.c: error pages (HTML) and error objects (JSON under /api/). */
void page_error(struct req *, int status, const char *message);

#endif
