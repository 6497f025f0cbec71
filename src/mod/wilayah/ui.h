/*
 * ui.h: the wilayah module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_WILAYAH_UI_H
#define PAMONG_WILAYAH_UI_H

#include "http/req.h"

void page_wilayah(struct req *);
void page_wilayah_item(struct req *);
void api_wilayah(struct req *);

#endif
