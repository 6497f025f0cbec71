/*
 * ui.h: the kasus module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_KASUS_UI_H
#define PAMONG_KASUS_UI_H

#include "http/req.h"

/* inspektorat.c: the Inspektorat's cases */
void page_inspektorat(struct req *);

void page_inspektorat_kasus(struct req *);
void page_inspektorat_take(struct req *);
void page_inspektorat_note(struct req *);
void page_inspektorat_close(struct req *);

#endif
