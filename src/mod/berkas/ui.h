/*
 * ui.h: the berkas module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_BERKAS_UI_H
#define PAMONG_BERKAS_UI_H

#include "http/req.h"

void page_document(struct req *);

#endif
