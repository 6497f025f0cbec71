/*
 * ui.h: the akses module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_AKSES_UI_H
#define PAMONG_AKSES_UI_H

#include "http/req.h"

/* akses.c: the citizens' data-access log */
void page_akses(struct req *);

void page_akses_dispute(struct req *);
void api_akses(struct req *);

#endif
